import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage, siteUrl, tabTo } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search Scrum Trust Lab' });
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const isSearchFile = (url: string) => /\/pagefind\/|search-panel/.test(url);

async function typeQuery(page: Page, scope: string, text: string) {
  await page.locator(`${scope} [data-search-input]`).pressSequentially(text, { delay: 20 });
  await page
    .locator(`${scope} [data-search-status]`)
    .filter({ hasText: `“${text}”` })
    .waitFor();
}

describe('search', () => {
  test('keyboard user opens search with Ctrl+K, arrows through results and opens one with Enter', async () => {
    const { context, page, problems } = await openPage(browser, '/roles/product-owner/');
    await page.keyboard.press('Control+k');
    await dialog(page).waitFor();
    const box = page.locator('#search-dialog-input');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await typeQuery(page, '[data-search-dialog]', 'retro');
    expect(await dialog(page).getByRole('status').textContent()).toMatch(/match(es)? “retro”/);
    const options = page.locator('#search-dialog-results [role="option"]');
    expect(await options.count()).toBeGreaterThan(1);
    expect(await options.first().locator('mark').count()).toBeGreaterThan(0);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await options.nth(1).getAttribute('id');
    expect(await box.getAttribute('aria-activedescendant')).toBe(second);
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true); // focus stays in the box

    const target = (await options.first().getAttribute('data-url')) ?? '';
    expect(target).toMatch(/retrospective\/$/);
    await Promise.all([page.waitForURL((url) => url.pathname.endsWith(target)), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Retrospective/);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });

  test('"/" and the header button open search; Escape closes it and focus returns to the opener', async () => {
    const { context, page } = await openPage(browser, '/events/sprint-review/');
    await tabTo(page, '[data-search-open]');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);

    await page.keyboard.press('/');
    await dialog(page).waitFor();
    expect(await activeId(page)).toBe('search-dialog-input');
    await page.keyboard.type('DoD');
    expect(await page.locator('#search-dialog-input').inputValue()).toBe('DoD'); // "/" was not typed into the box
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);

    // filters are plain selects, reachable with Tab
    await page.keyboard.press('Control+k');
    await dialog(page).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-search-filter'))).toBe('type');
    await context.close();
  });

  test('a shared /search/?q=retro address shows results on load, and the address follows the query', async () => {
    const { context, page, problems } = await openPage(browser, '/search/?q=retro');
    await page.locator('[data-search-panel="page"] [role="option"]').first().waitFor();
    expect(await page.locator('#search-page-input').inputValue()).toBe('retro');
    expect(await page.locator('#search-page-results [role="option"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Sprint Retrospective/)]),
    );
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(false);
    await page.locator('#search-page-input').fill('story points');
    await page.waitForURL((url) => url.searchParams.get('q') === 'story points');
    await page
      .locator('#search-page-results')
      .getByRole('option', { name: /Story points/ })
      .first()
      .waitFor();
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a page that is never searched downloads no search code and no index; the first query does', async () => {
    const { context, page } = await openPage(browser, '/topics/technical-debt/', { colorScheme: 'light' });
    const requests: string[] = [];
    const bytes = new Map<string, number>();
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', async (r) => {
      bytes.set(r.url(), (await r.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.reload({ waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    expect(requests.filter(isSearchFile)).toEqual([]);

    await page.keyboard.press('Control+k');
    await typeQuery(page, '[data-search-dialog]', 'velocity');
    await page.waitForLoadState('networkidle');
    const loaded = requests.filter(isSearchFile);
    expect(loaded.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(loaded.some((u) => /search-panel/.test(u))).toBe(true);
    const total = loaded.reduce((sum, u) => sum + (bytes.get(u) ?? 0), 0);
    console.log(`first search downloaded ${loaded.length} files, ${(total / 1024).toFixed(1)} KiB (uncompressed)`);
    await context.close();
  });

  test('a hostile or huge q is shown as text, runs no script and gets a calm message', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const { context, page, problems } = await openPage(browser, `/search/?q=${encodeURIComponent(hostile)}`);
    await page.locator('#search-page [data-search-status]').filter({ hasText: /match/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script:not([type="module"]):not([src])').count()).toBe(0);
    expect(await page.locator('#search-page-input').inputValue()).toContain('<img src=x');
    expect(await page.locator('#search-page [data-search-status]').textContent()).toMatch(
      /No page matches|match(es)? “<img src=x/,
    );

    await page.goto(siteUrl(`/search/?q=${'a'.repeat(10_000)}`));
    const status = page.locator('#search-page [data-search-status]');
    await status.filter({ hasText: /very long/ }).waitFor();
    expect((await page.locator('#search-page-input').inputValue()).length).toBeLessThanOrEqual(200);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('without JavaScript the header search is a link to /search/, which says search needs JavaScript', async () => {
    const { context, page } = await openPage(browser, '/roles/developers/', { javaScriptEnabled: false });
    const link = page.getByRole('link', { name: /^Search/ });
    expect(await link.getAttribute('href')).toMatch(/\/search\/$/);
    await Promise.all([page.waitForURL(/\/search\/$/), link.click()]);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    await context.close();
  });

  test('axe finds no WCAG 2.2 A/AA violation in the open dialog or on the search page, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await openPage(browser, '/', { colorScheme });
      await page.keyboard.press('Control+k');
      await typeQuery(page, '[data-search-dialog]', 'sprint');
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page), `dialog in ${colorScheme}`).toEqual([]);
      await page.goto(siteUrl('/search/?q=trust'));
      await page.locator('#search-page [role="option"]').first().waitFor();
      expect(await axeViolations(page), `search page in ${colorScheme}`).toEqual([]);
      await context.close();
    }
  });
});
