import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage, siteUrl } from './support';
import { blockStorage, fillStorage } from './support-storage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const unsaved =
  'Nothing new is being saved here: your saved progress could not be read, or this browser’s storage is full or blocked.';

describe('learner progress', () => {
  test('learner marks a page done, then sees it on the path, the progress page and the home page after coming back', async () => {
    const { context, page, problems } = await openPage(browser, '/roles/product-owner/');
    const mark = page.getByRole('button', { name: 'Mark as done' });
    await mark.focus();
    await page.keyboard.press('Enter');
    expect(await mark.getAttribute('aria-pressed')).toBe('true');

    // The same browser the next day: a fresh page, storage kept.
    await page.goto(siteUrl('/paths/new-team-member/'));
    const summary = page.getByRole('status').filter({ hasText: 'stops done' });
    await expect.poll(() => summary.textContent()).toMatch(/^1 of \d+ stops done \d+ min left$/);
    const step = page.locator('li[data-step-ref="roles/product-owner"]');
    expect(await step.getAttribute('data-state')).toBe('done');

    await page.goto(siteUrl('/progress/'));
    const item = page.locator('li[data-ref="roles/product-owner"]');
    expect(await item.locator('[data-status]').textContent()).toBe('Done');
    expect(
      await page.getByRole('heading', { name: /^1 done and 0 visited, of \d+ pages and scenarios$/ }).count(),
    ).toBe(1);

    await page.goto(siteUrl('/'));
    const resume = page.locator('[data-resume-box]');
    await expect.poll(() => resume.isVisible()).toBe(true);
    expect(await resume.getByRole('link', { name: 'Product Owner' }).getAttribute('href')).toMatch(
      /\/roles\/product-owner\/$/,
    );
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a damaged saved record is reported on the progress page, kept aside and downloadable, never silently dropped', async () => {
    const { context, page } = await openPage(browser, '/');
    const damaged = '{"version":1,"visited":{"/roles/":';
    await page.evaluate((text) => localStorage.setItem('stl:progress', text), damaged);

    // A content page does not overwrite it, and says why nothing is saved.
    await page.goto(siteUrl('/events/daily-scrum/'));
    expect(await page.getByText(unsaved).isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('stl:progress'))).toBe(damaged);

    await page.goto(siteUrl('/progress/'));
    expect(
      await page
        .getByText(/^Your saved progress was damaged, so it could not be used\. A copy was kept aside/)
        .isVisible(),
    ).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the set-aside copy' }).click(),
    ]);
    const saved = await download.createReadStream().then(async (stream) => {
      let text = '';
      for await (const chunk of stream) text += chunk;
      return text;
    });
    expect(saved).toBe(damaged);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('with storage full or blocked a content page says nothing is being saved, and keeps what is there', async () => {
    const { context, page } = await openPage(browser, '/');
    await fillStorage(page);
    const before = await page.evaluate(() => localStorage.length);
    await page.goto(siteUrl('/topics/forecasts-not-promises/'));
    const notice = page.getByRole('status').filter({ hasText: unsaved });
    await notice.waitFor();
    expect(await page.getByRole('button', { name: 'Mark as done' }).isDisabled()).toBe(true);
    expect(await notice.getByRole('link', { name: 'Your progress' }).getAttribute('href')).toMatch(/\/progress\/$/);
    expect(await page.evaluate(() => localStorage.length)).toBe(before);
    await context.close();

    const blocked = await browser.newContext({ serviceWorkers: 'block' });
    await blocked.addInitScript(blockStorage);
    const tab = await blocked.newPage();
    await tab.goto(siteUrl('/events/sprint-review/'));
    await tab.getByRole('status').filter({ hasText: unsaved }).waitFor();
    expect(await tab.getByRole('button', { name: 'Mark as done' }).isDisabled()).toBe(true);
    await blocked.close();
  });

  test('importing a hostile progress file shows a calm message, changes nothing and runs no script', async () => {
    const { context, page } = await openPage(browser, '/progress/');
    await page.evaluate(() => {
      (window as unknown as { pwned: boolean }).pwned = false;
    });
    const hostile = JSON.stringify({
      version: 1,
      visited: {},
      done: {},
      last: {
        path: '/"><img src=x onerror="window.pwned=true">/',
        title: '<img src=x onerror="window.pwned=true">',
        at: '2026-01-01T00:00:00Z',
      },
    });
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect
      .poll(() => page.locator('[data-progress-message]').textContent())
      .toBe('That file is not a valid progress record: some of it is missing or damaged. Nothing was changed.');
    expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('stl:progress'))).toBeNull();
    await context.close();
  });

  test('a valid exported file loads into another browser', async () => {
    const record = {
      version: 1,
      visited: { '/topics/technical-debt/': '2026-11-01T09:00:00.000Z' },
      done: { 'topics/technical-debt': '2026-11-01T09:30:00.000Z' },
    };
    const { context, page } = await openPage(browser, '/progress/');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
    await expect
      .poll(() => page.locator('[data-progress-message]').textContent())
      .toBe('Progress loaded from the file.');
    expect(await page.locator('li[data-ref="topics/technical-debt"] [data-status]').textContent()).toBe('Done');
    await context.close();
  });
});
