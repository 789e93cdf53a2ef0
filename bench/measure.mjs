// Measurements in headless Chromium: what a page really requests at load and on interaction, with each response's
// raw, gzip and brotli size (compressed here from the body, as a host would send it).
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath } from '../tests/support/local-setup.mjs';
import { compress } from './serve.mjs';

export { chromeFlags, chromePath };

export function launch() {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
}

const binary = /\.(wasm|png|jpe?g|webp|avif|woff2?)$|\/pagefind\/.*\.pf_/;

/** Sizes of one body: raw, gzip and brotli (binary and pre-compressed files count as they are). */
export function sizes(buf, url = '') {
  if (binary.test(url)) return { raw: buf.length, gzip: buf.length, br: buf.length };
  return { raw: buf.length, gzip: compress.gzip(buf).length, br: compress.br(buf).length };
}

function kindOf(url, type) {
  const path = new URL(url).pathname;
  if (type === 'document') return 'html';
  if (path.includes('/pagefind/') && !/\.js$/.test(path)) return 'search-index';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  return 'other';
}

/** Markers of framework code in a script: React 19's element symbol, React DOM's root, XState's init event. */
const frameworkMarkers = [/react\.transitional\.element/, /__reactContainer/, /xstate\.init/];

/**
 * Opens `url`, records every response until the network is idle ("start"), then runs each of `steps` (name → async
 * step) and records what it loads under its name. Returns the records and totals per phase and kind.
 */
export async function measurePage(browser, url, steps = {}) {
  // The service worker would precache the whole site right after load; offline costs are measured on their own
  // (measureOffline), so page budgets count only what the page itself needs.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const records = [];
  const pending = [];
  let phase = 'start';
  context.on('response', (res) => {
    const at = phase;
    pending.push(
      res
        .body()
        .then((body) => {
          const record = {
            url: res.url(),
            status: res.status(),
            phase: at,
            kind: kindOf(res.url(), res.request().resourceType()),
            ...sizes(body, res.url()),
          };
          if (record.kind === 'js') record.framework = frameworkMarkers.some((m) => m.test(body.toString('utf8')));
          records.push(record);
        })
        .catch(() => {}),
    );
  });
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // Each interaction step is its own phase ("hydrate", "search"), so its downloads are counted apart.
  const interaction = [];
  for (const [name, step] of Object.entries(steps)) {
    phase = name;
    try {
      interaction.push(await step(page));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
    } catch (error) {
      interaction.push(`${name} failed: ${String(error).split('\n')[0]}`);
    }
    await Promise.all(pending);
  }
  await context.close();
  return { url, records, totals: totals(records), interaction: interaction.join('; '), consoleErrors };
}

/** Sums raw/gzip/br per phase and kind, plus "all" per phase. */
export function totals(records) {
  const out = {};
  for (const r of records) {
    for (const key of [`${r.phase}.${r.kind}`, `${r.phase}.all`]) {
      out[key] ??= { raw: 0, gzip: 0, br: 0, count: 0 };
      out[key].raw += r.raw;
      out[key].gzip += r.gzip;
      out[key].br += r.br;
      out[key].count += 1;
    }
  }
  return out;
}

/** Opens search the way a visitor does (the header's search button, else the search page's box) and types a query. */
export async function openSearchAndQuery(page, query = 'trust') {
  const opener = page.getByRole('button', { name: /search/i }).first();
  if (await opener.count()) await opener.click();
  else if (!new URL(page.url()).pathname.endsWith('/search/')) {
    await page
      .getByRole('link', { name: /search/i })
      .first()
      .click();
    await page.waitForLoadState('load');
  }
  const box = page
    .locator('input[type="search"]:visible, [role="searchbox"]:visible, [data-search-input]:visible')
    .first();
  await box.waitFor({ state: 'visible', timeout: 5000 });
  await box.fill(query);
  await page.waitForTimeout(800);
  return `searched "${query}"`;
}

/** Brings every island into view in turn (client:visible hydrates only near the viewport) and waits for them. */
export async function hydrateIslands(page) {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  if (!count) return 'no island on the page';
  // An island is display: contents (no box of its own): scroll to its first child, as the directive watches those.
  for (let i = 0; i < count; i++)
    await islands.nth(i).evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, {
    timeout: 15_000,
  });
  return `${count} island(s) hydrated`;
}

/**
 * The learner's first move in a scenario player: picks the first open choice and waits for the next scene, which
 * needs the rest of the story (the page carries only the opening scene's text).
 */
export async function firstMove(page) {
  const choice = page.locator('button.sp-choice:not([aria-disabled="true"])').first();
  if (!(await choice.count())) return 'no scenario player';
  await choice.click();
  await page.waitForFunction(
    () => !document.querySelector('.sp-loading') && !!document.querySelector('.sp-situation, .sp-outcome'),
    null,
    {
      timeout: 15_000,
    },
  );
  return 'made the first move';
}

/**
 * Offline support: what a first visit's service worker keeps (files and raw bytes, from the build's offline.json),
 * and what a repeat visit to `urls` still takes from the network once it has (the worker's own update check, sw.js,
 * is reported apart: browsers re-check it on navigation).
 */
export async function measureOffline(browser, urls) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(urls[0], { waitUntil: 'load' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  const kept = await page.evaluate(async () => {
    let files = 0;
    for (const name of await caches.keys()) files += (await (await caches.open(name)).keys()).length;
    return files;
  });
  const manifest = await (await page.request.get(new URL('offline.json', urls[0]).href)).json();
  const network = [];
  let workerChecks = 0;
  context.on('response', (res) => {
    if (res.fromServiceWorker()) return;
    if (new URL(res.url()).pathname.endsWith('/sw.js')) workerChecks++;
    else network.push(res.url());
  });
  for (const url of urls) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  return { files: manifest.files, rawBytes: manifest.bytes, kept, repeatUrls: urls.length, network, workerChecks };
}
