import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchUi } from '../../src/lib/labels';
import { launchBrowser, siteUrl } from './support';
import { kindOf, notEntries, sitemapPaths } from './sweep-pages';

// Cross-cutting hostile-input sweep: whatever arrives in the address or in browser storage, on any kind of page,
// nothing is inserted as HTML, no script runs, and the page still renders. (Search and the scenario player test
// their own inputs in detail; this sweep makes sure no page type was forgotten.)

/** The promised cap on a search query (src/lib/search/query.ts), written out so a change to the code shows here. */
const MAX_QUERY_LENGTH = 120;

const pages = sitemapPaths();
/** Every kind of page the site has; a new kind must be added here (and so gets swept) before the tests pass. */
const kinds = [
  '/',
  '/cast/',
  '/courses/',
  '/events/',
  '/events/:id/',
  '/glossary/',
  '/glossary/:id/',
  '/paths/',
  '/paths/:id/',
  '/progress/',
  '/record/',
  '/roles/',
  '/roles/:id/',
  '/scenarios/',
  '/scenarios/:id/',
  '/scenarios/:id/booklet/',
  '/scenarios/coverage/',
  '/search/',
  '/topics/',
  '/topics/:id/',
  '/trust-check/',
  '/workshop/',
  '/workshop/:id/',
  '/workshop/:id/both/',
  '/workshop/:id/cards/',
  '/workshop/:id/guide/',
  '/workshop/:id/roles/',
  '/workshop/plan/',
];
/** One page of each kind found in the sitemap. */
const samples = [...new Map(pages.map((p) => [kindOf(p), p])).values()];
const scenarioIds = pages
  .filter((p) => /^\/scenarios\/[^/]+\/$/.test(p) && !notEntries.has(p))
  .map((p) => p.split('/')[2]);

const payloads: [string, string, string, string, string] = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'--><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  // hosts reject addresses much beyond 8 KB (this server at 16 KB of headers), so "huge" in an address is 5,000
  'x'.repeat(5000),
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A context that records uncaught errors, console errors and CSP violations (a blocked injection is still one). */
async function hostileContext(storage: Record<string, string> = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((entries) => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective}: ${e.sample}`),
    );
    if (location.href.startsWith('about:')) return;
    try {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    } catch {
      /* storage unavailable: nothing to poison */
    }
  }, storage);
  return context;
}

/** The one page of each context: a new page costs about two seconds here, so visits navigate the same page. */
const pagesOf = new WeakMap<BrowserContext, { page: Page; errors: string[] }>();

/** Opens `url` in the context's page (errors counted from this visit on) and lets its islands hydrate. */
async function visit(context: BrowserContext, url: string) {
  let open = pagesOf.get(context);
  if (!open) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    open = { page, errors };
    pagesOf.set(context, open);
  }
  const { page, errors } = open;
  errors.length = 0;
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, {
    timeout: 10_000,
  });
  return { page, errors };
}

async function outcome(page: Page, errors: string[]) {
  return {
    scriptRan: await page.evaluate(() => '__pwned' in window),
    cspViolations: await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    injectedElements: await page.evaluate(
      () =>
        document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length +
        [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
    ),
    mainRendered: (await page.locator('main h1').count()) > 0,
    errors,
  };
}

const clean = { scriptRan: false, cspViolations: [], injectedElements: 0, mainRendered: true, errors: [] };

describe('hostile input', () => {
  test('the sample covers every kind of page, and the site has no kind the list does not name', () => {
    expect([...new Set(pages.map(kindOf))].sort()).toEqual(kinds);
    expect(samples.map(kindOf).sort()).toEqual(kinds);
  });

  test.each(samples)('%s ignores hostile address parameters and fragments', async (path) => {
    const context = await hostileContext();
    const [script, img, svg, js, huge] = payloads.map(encodeURIComponent) as typeof payloads;
    for (const query of [
      `?q=${script}&scene=${img}&id=${svg}&ref=${js}&q[]=1&%ZZ=%E0%A4#${img}`,
      `?q=${huge}&scene=${huge.slice(0, 2000)}#${huge.slice(0, 2000)}`,
    ]) {
      const { page, errors } = await visit(context, `${siteUrl(path)}${query}`);
      expect(await outcome(page, errors), `${path}${query.slice(0, 60)}`).toEqual(clean);
    }
    await context.close();
  });

  test('search shows the hostile query as text, cut to the real cap when huge, and runs nothing', async () => {
    const context = await hostileContext();
    for (const payload of [payloads[0], payloads[1], payloads[4]]) {
      const { page, errors } = await visit(context, `${siteUrl('/search/')}?q=${encodeURIComponent(payload)}`);
      const box = page.locator('[data-search-panel="page"] [data-search-input]');
      expect(await box.count()).toBe(1);
      const expected = payload.length > MAX_QUERY_LENGTH ? payload.slice(0, MAX_QUERY_LENGTH) : payload;
      expect(await box.inputValue()).toBe(expected);
      if (payload.length > MAX_QUERY_LENGTH)
        await page.getByText(searchUi.shortened(MAX_QUERY_LENGTH)).waitFor({ timeout: 10_000 });
      else await page.waitForTimeout(500);
      expect(await outcome(page, errors)).toEqual(clean);
    }
    await context.close();
  });

  // Two rounds, each key getting a different hostile value in each, so every key meets several kinds of garbage.
  // Each round loads every kind of page with a few MB in storage, which takes a while on a busy 2-core machine.
  test.for([0, 3])(
    'poisoned browser storage (markup, wrong types, huge and broken records) breaks no page (round %i)',
    { timeout: 180_000 },
    async (round) => {
      const keys = ['stl:theme', 'stl:progress'];
      // Every scenario's endings found (the scenarios index reads them all); plays and sessions of the sampled ones.
      const sampled = new Set(samples.map((p) => p.split('/')[2]));
      for (const id of scenarioIds) {
        for (const v of [1, 2]) {
          keys.push(`stl:scenario-endings:v${v}:${id}`);
          if (sampled.has(id)) keys.push(`stl:scenario:v${v}:${id}`, `stl:workshop:v${v}:${id}`);
        }
      }
      const values = [
        payloads[0],
        JSON.stringify({
          scene: payloads[1],
          meters: { 'team-trust-in-po': payloads[2] },
          history: 'nope',
          version: 1,
        }),
        JSON.stringify([payloads[1], 42, null]),
        '{"broken json',
        // Written out: JSON.stringify drops a __proto__ key, so a stringified object would never carry one to the page.
        '{"version":1,"__proto__":{"polluted":true},"visited":{"__proto__":{"polluted":true}},"constructor":{"prototype":{"polluted":true}}}',
        JSON.stringify({ big: 'x'.repeat(200_000) }),
      ];
      const storage = Object.fromEntries(keys.map((k, i) => [k, values[(i + round) % values.length] ?? '']));
      const context = await hostileContext(storage);
      for (const path of samples) {
        const { page, errors } = await visit(context, siteUrl(path));
        const result = await outcome(page, errors);
        expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
        expect(result, `${path} with poisoned storage (round ${round})`).toEqual(clean);
      }
      await context.close();
    },
  );
});
