import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../support/static-server';
import { launchBrowser, openPage, siteUrl } from './support';

// A facilitator opens the site once with a connection, then the room's Wi-Fi dies: every page, a scenario played to
// its ending, the workshop console and search must keep working, from this browser's copy alone.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the workshop page's offline panel says the whole site is kept. */
async function waitUntilKept(page: Page) {
  const status = page.locator('[data-offline-status]');
  await status.filter({ hasText: /^Ready: all \d+ files/ }).waitFor({ timeout: 60_000 });
  return (await status.textContent()) ?? '';
}

describe('offline after the first visit', () => {
  test('with the network cut, pages, a scenario to its ending, the console and search still work', {
    timeout: 150_000,
  }, async () => {
    const { context, page, problems } = await openPage(browser, '/workshop/', { serviceWorkers: 'allow' });
    // The panel shows the first visit saving the site, then says it is ready.
    const ready = await waitUntilKept(page);
    const total = Number(/all (\d+) files/.exec(ready)?.[1]);
    const manifest = await (await page.request.get(siteUrl('/offline.json'))).json();
    expect(total).toBe(manifest.files);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    // A page never opened before.
    await page.goto(siteUrl('/roles/product-owner/'));
    expect(await page.locator('main h1').textContent()).toBe('Product Owner');

    // A scenario played to an ending (the ending screen's code loads only then).
    await page.goto(siteUrl('/scenarios/done-mostly/'));
    for (let i = 0; i < 10 && (await page.locator('#sp-ending-h').count()) === 0; i++) {
      await page.locator('#sp-scene-h').waitFor();
      await page.locator('button.sp-choice:not([aria-disabled="true"])').first().click();
      await page.locator('#sp-scene-h, #sp-ending-h').first().waitFor();
    }
    await page.locator('#sp-ending-h').waitFor();
    await page.locator('.sp-map').waitFor(); // the lazily loaded ending screen and map came from the cache

    // The workshop console: a vote and "Go with the room".
    await page.goto(siteUrl('/workshop/just-squeeze-it-in/'));
    await page.locator('#ws-scene-h').waitFor();
    await page.keyboard.press('1');
    await page.locator('button.ws-go').click();
    await page.locator('#ws-reveal-h').waitFor();

    // Search, which loads Pagefind's code and index on first use.
    await page.goto(siteUrl('/search/?q=sprint%20review'));
    await page.locator('[data-search-panel="page"] [role="option"]').first().waitFor();

    // An address that is not part of the site gets the site's own not-found page, not the browser's error.
    await page.goto(siteUrl('/no-such-page/'));
    expect(await page.locator('main h1').count()).toBe(1);

    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('a repeat visit downloads nothing from the network', async () => {
    const { context, page } = await openPage(browser, '/workshop/', { serviceWorkers: 'allow' });
    await waitUntilKept(page);
    const fromNetwork: string[] = [];
    page.on('response', (r) => {
      if (!r.fromServiceWorker() && !r.url().endsWith('/sw.js')) fromNetwork.push(r.url());
    });
    await page.goto(siteUrl('/topics/definition-of-done/'), { waitUntil: 'load' });
    await page.goto(siteUrl('/workshop/'), { waitUntil: 'load' });
    expect(fromNetwork).toEqual([]);
    await context.close();
  });

  test('a new deploy is offered as a quiet reload, never in full screen, and the reload brings it', async () => {
    // A copy of the build stands in for the deployed site, so the "new deploy" can change it.
    const work = mkdtempSync(join(tmpdir(), 'stl-deploy-'));
    cpSync(resolve(process.env.OUT_DIR ?? 'dist'), work, { recursive: true });
    const server = await startStaticServer(work, process.env.BASE ?? '/');
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const at = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
      await page.goto(at('/workshop/'));
      await waitUntilKept(page);
      const notice = page.getByRole('status').filter({ hasText: 'A new version of this site is ready.' });
      expect(await notice.isVisible()).toBe(false);

      // The deploy: the worker's file changes; the browser finds it on the next visit and installs it alongside.
      appendFileSync(join(work, 'sw.js'), '\n// deploy 2\n');
      await page.goto(at('/workshop/just-squeeze-it-in/'));
      await page.locator('#ws-scene-h').waitFor();
      await page.evaluate(() => document.documentElement.requestFullscreen());
      await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
      // The offer has been made once its Reload button is wired.
      await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('[data-update-reload]')?.onclick);
      // Projected in full screen, the room never sees it; it appears once full screen ends, and reloads nothing.
      expect(await notice.isVisible()).toBe(false);
      await page.evaluate(() => document.exitFullscreen());
      await notice.waitFor();
      expect(await page.locator('#ws-scene-h').isVisible()).toBe(true);

      await notice.getByRole('button', { name: 'Reload now' }).click();
      await page.waitForFunction(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return !reg?.waiting && (await (await fetch('sw.js')).text()).includes('deploy 2');
      });
      await page.locator('#ws-scene-h').waitFor();
    } finally {
      await context.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
