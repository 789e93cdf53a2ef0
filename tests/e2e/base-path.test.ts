import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../support/static-server';
import { launchBrowser } from './support';
import { sitemapPaths } from './sweep-pages';

// Deploy anywhere: the site built with BASE=/scrum-trust-lab/ (GitHub Pages serves a project under /<repo>/) and
// served only under that sub-path, so any link, asset or fetch that forgets the base lands on a 404.

const base = '/scrum-trust-lab/';
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'stl-base-path-'));
const outDir = join(work, 'dist');
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  // Astro's own entry, run by the Node running the tests (24 under npm scripts).
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...buildEnv(), BASE: base, OUT_DIR: outDir, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0)
    throw new Error(`build with BASE=${base} failed:\n${build.stdout}\n${build.stderr}`.slice(-4000));
  server = await startStaticServer(outDir, base);
  browser = await launchBrowser();
}, 240_000);

/** The environment without what Vitest adds (BASE_URL=/, MODE, NODE_ENV=test …), which would leak into the build. */
function buildEnv(): NodeJS.ProcessEnv {
  const vitestKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens a page of the sub-path build, recording every request that failed or left the sub-path. */
async function open(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`error: ${e}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(origin) && !url.startsWith(server.url)) problems.push(`outside the base: ${url}`);
  });
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  return { context, page, problems };
}

const bodyFont = (page: Page) => page.evaluate(() => getComputedStyle(document.body).fontFamily);

describe(`the site built with BASE=${base}`, () => {
  test('every link and asset of every page resolves under the sub-path (linkinator)', {
    timeout: 120_000,
  }, async () => {
    const pages = sitemapPaths(outDir, base);
    expect(pages.length).toBeGreaterThan(10);
    const result = await new LinkChecker().check({
      path: pages.map((p) => new URL(p.slice(1), server.url).href),
      recurse: true,
      checkCss: true,
      concurrency: 8,
      linksToSkip: async (link) => !link.startsWith(new URL(server.url).origin),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} from ${l.parent}`);
    expect(broken).toEqual([]);
  });

  test('a visitor gets styles, the favicon and working navigation', async () => {
    const { context, page, problems } = await open('/');
    expect(await bodyFont(page)).not.toMatch(/^"?Times/); // the stylesheet applied
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon?.startsWith(base)).toBe(true);
    expect((await page.request.get(new URL(icon ?? '', server.url).href)).status()).toBe(200);
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Roles', exact: true }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`${base}roles/`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('search loads its index from the sub-path and its results open pages under it', async () => {
    const { context, page, problems } = await open('/roles/product-owner/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: /search/i });
    await dialog.waitFor();
    await dialog.locator('[data-search-input]').pressSequentially('retro', { delay: 20 });
    const first = dialog.locator('[role="option"][data-url]').first();
    await first.waitFor();
    await first.click();
    await page.waitForURL((url) => !url.pathname.endsWith('/roles/product-owner/'));
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
    expect(await page.locator('main h1').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a scenario island hydrates and plays under the sub-path', async () => {
    const scenario = sitemapPaths(outDir, base).find(
      (p) => /^\/scenarios\/[^/]+\/$/.test(p) && p !== '/scenarios/coverage/',
    );
    expect(scenario).toBeDefined();
    const { context, page, problems } = await open(scenario ?? '/scenarios/');
    await page.locator('#sp-scene-h').waitFor();
    await page.locator('button.sp-choice:not([aria-disabled="true"])').first().click();
    await page.locator('.sp-feedback').first().waitFor(); // the machine moved on and shows why trust moved
    expect(problems).toEqual([]);
    await context.close();
  });

  test('after a first visit under the sub-path, pages and search work with the network cut', {
    timeout: 120_000,
  }, async () => {
    const { context, page, problems } = await open('/workshop/');
    await page
      .locator('[data-offline-status]')
      .filter({ hasText: /^Ready: all \d+ files/ })
      .waitFor({ timeout: 90_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}sw.js`);
    await context.setOffline(true);
    await page.goto(new URL('roles/product-owner/', server.url).href);
    expect(await page.locator('main h1').textContent()).toBe('Product Owner');
    await page.goto(new URL('search/?q=retro', server.url).href);
    await page.locator('[data-search-panel="page"] [role="option"]').first().waitFor();
    expect(problems.filter((p) => !p.startsWith('failed:'))).toEqual([]);
    await context.close();
  });
});
