import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, tabTo } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('site foundation', () => {
  test('visitor opens the home page: it loads cleanly and offers the three ways in', async () => {
    const { context, page, problems } = await openPage(browser, '/');
    await expect(page.title()).resolves.toContain('Scrum Trust Lab');
    for (const name of [/new to a Scrum team/i, /CSPO or CSM course/i, /running a team workshop/i]) {
      expect(await page.getByRole('heading', { name }).count()).toBe(1);
    }
    const nav = page.getByRole('navigation', { name: 'Primary' });
    for (const label of ['Roles', 'Events', 'Topics', 'Scenarios', 'Paths', 'Workshop', 'Glossary']) {
      expect(await nav.getByRole('link', { name: label, exact: true }).count()).toBe(1);
    }
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  // axe (WCAG 2.2 A/AA) runs on every page of the site in sweep.test.ts, dark mode on a page of every kind.

  test('keyboard user skips the navigation with the skip link', async () => {
    const { context, page } = await openPage(browser, '/roles/product-owner/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true); // visible when focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // the next Tab lands inside the main content, not back in the header
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await context.close();
  });

  test('keyboard user switches theme and the choice survives a reload', async () => {
    const { context, page } = await openPage(browser, '/', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBg = await background();
    await tabTo(page, '[data-theme-toggle]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    const darkBg = await background();
    expect(darkBg).not.toBe(lightBg);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).toBe(darkBg);
    await page.keyboard.press('Tab'); // skip link
    await tabTo(page, '[data-theme-toggle]');
    await page.keyboard.press('Space');
    expect(await background()).toBe(lightBg);
    await context.close();
  });

  test('a glossary term shows its definition on keyboard focus, Escape hides it, and it never widens a phone screen', async () => {
    const { context, page } = await openPage(browser, '/roles/product-owner/', {
      viewport: { width: 375, height: 800 },
    });
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(375);
    const terms = page.locator('[data-term] > a');
    const last = terms.nth((await terms.count()) - 1);
    await last.focus();
    const tip = page.locator(`#${await last.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    await expect
      .poll(async () => {
        const box = await tip.boundingBox();
        return box ? box.x + box.width : 999;
      })
      .toBeLessThanOrEqual(375);
    expect(await pageWidth()).toBeLessThanOrEqual(375);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(await last.evaluate((el) => el === document.activeElement)).toBe(true); // focus stays put
    await context.close();
  });

  test('a course participant sees every event with its Scrum Guide timebox on the events index', async () => {
    const { context, page } = await openPage(browser, '/events/');
    const table = page.getByRole('table');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(6);
    const timebox = async (name: string) =>
      rows
        .filter({ has: page.getByRole('rowheader', { name }) })
        .locator('td')
        .first()
        .textContent();
    expect(await timebox('Daily Scrum')).toBe('15 minutes');
    expect(await timebox('Sprint Planning')).toMatch(/^At most 8 hours for a one-month Sprint/);
    expect(await timebox('Sprint Review')).toMatch(/^At most 4 hours for a one-month Sprint/);
    expect(await timebox('Sprint Retrospective')).toMatch(/^At most 3 hours for a one-month Sprint/);
    expect(await timebox('The Sprint')).toMatch(/one month or less/);
    expect(await timebox('Product Backlog refinement')).toBe('No timebox');
    await context.close();
  });

  test.each([
    '/',
    '/roles/product-owner/',
    '/events/',
    '/topics/',
    '/glossary/',
    '/paths/csm-course/',
    '/progress/',
    '/search/',
    '/workshop/',
    '/workshop/done-mostly/',
  ])('at 320 px wide %s needs no sideways scrolling', async (path) => {
    const { context, page } = await openPage(browser, path, { viewport: { width: 320, height: 700 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  test('a tampered address shows the friendly not-found page', async () => {
    const { context, page } = await openPage(browser, '/roles/%3Cscript%3Ealert(1)%3C%2Fscript%3E/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/not here/i);
    expect(await page.getByRole('link', { name: /home page/i }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
