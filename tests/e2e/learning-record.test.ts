import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('learning record and review', () => {
  test('a wrong answer comes back for review on the progress page two days later, and the page shows it practised', async () => {
    const { context, page, problems } = await openPage(browser, '/events/daily-scrum/');
    const check = page.getByRole('region', { name: 'Check your understanding' });
    // Answer every question wrongly (the first option that is not the right one).
    for (const set of await check.locator('fieldset').all()) {
      const right = await set.locator('li[data-correct="true"]').getAttribute('data-option');
      await set.locator(`label:not([data-option="${right}"]) input`).first().check();
    }
    await check.getByRole('button', { name: 'Check my answers' }).click();
    await expect.poll(() => check.locator('[data-mastery-level]').textContent()).toBe('Practised');

    await page.clock.install({ time: Date.now() + 2 * 86_400_000 });
    await page.goto(siteUrl('/progress/'));
    const review = page.getByRole('region', { name: 'Due for review' });
    await expect.poll(() => review.getByRole('status').textContent()).toBe('4 questions are due.');
    expect(await review.getByRole('link', { name: 'Answer again: Daily Scrum' }).getAttribute('href')).toMatch(
      /\/events\/daily-scrum\/#check$/,
    );
    expect(await review.getByText(/insists every Daily Scrum follows the three questions/).isVisible()).toBe(true);
    expect(await page.locator('[data-mastery-of="events/daily-scrum"]').textContent()).toBe('Check: practised');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a course participant puts their name on the learning record and prints it on one clean page', async () => {
    const { context, page, problems } = await openPage(browser, '/');
    await page.evaluate(() => {
      const now = new Date().toISOString();
      const done: Record<string, string> = {};
      for (const ref of [
        'roles/product-owner',
        'topics/who-decides-what',
        'glossary/priority',
        'scenarios/just-squeeze-it-in',
      ])
        done[ref] = now;
      const record = {
        version: 2,
        visited: {},
        done,
        checks: {
          questions: { 'roles/product-owner#committee': { right: 1, wrong: 0, last: 'right', at: now, step: 0 } },
          pages: { 'roles/product-owner': { right: 4, total: 4, best: 4, attempts: 1, at: now } },
        },
      };
      localStorage.setItem('stl:progress', JSON.stringify(record));
    });
    await page.goto(siteUrl('/record/'));
    const endingId = await page
      .locator('[data-scenario="just-squeeze-it-in"] [data-ending]')
      .first()
      .getAttribute('data-ending');
    expect(endingId).toBeTruthy();
    await page.evaluate(
      (id) =>
        localStorage.setItem(
          'stl:scenario-endings:v1:just-squeeze-it-in',
          JSON.stringify({ version: 1, scenario: 'just-squeeze-it-in', endings: [id] }),
        ),
      endingId,
    );
    await page.reload();

    // A diligent learner: every page and glossary term done, every check taken (the longest record there is).
    await page.evaluate(() => {
      const record = JSON.parse(localStorage.getItem('stl:progress') ?? '{}');
      const now = new Date().toISOString();
      for (const li of document.querySelectorAll<HTMLElement>('[data-done-ref]'))
        record.done[li.dataset.doneRef ?? ''] = now;
      for (const row of document.querySelectorAll<HTMLElement>('[data-check-ref]'))
        record.checks.pages[row.dataset.checkRef ?? ''] ??= { right: 2, total: 3, best: 3, attempts: 2, at: now };
      // days a trainer can tell apart: the scenario first finished, the Product Owner check last taken
      record.done['scenarios/just-squeeze-it-in'] = '2026-11-20T10:00:00.000Z';
      record.checks.pages['roles/product-owner'].at = '2026-11-18T10:00:00.000Z';
      localStorage.setItem('stl:progress', JSON.stringify(record));
    });
    await page.reload();

    const name = page.getByLabel('Your name (kept in this browser only)');
    await name.fill('Ana Souza');
    await name.press('Tab');
    expect(await page.getByRole('status').filter({ hasText: 'Name saved' }).count()).toBe(1);
    await page.reload();
    expect(await name.inputValue()).toBe('Ana Souza');

    const record = page.locator('[data-record]');
    const day = (iso: string) =>
      page.evaluate((d) => new Date(d).toLocaleDateString(undefined, { dateStyle: 'medium' }), iso);
    const today = await page.evaluate(() => new Date().toISOString());
    // a finished path carries the day of its last stop done
    expect(await record.locator('[data-path-refs]:visible').allTextContents()).toContain(
      `Product Owner course companion (CSPO): Finished ${await day(today)}`,
    );
    expect(await record.getByRole('link', { name: 'Priority' }).isVisible()).toBe(true);
    const scenario = record.locator('[data-scenario="just-squeeze-it-in"]');
    expect(await scenario.textContent()).toMatch(/1 of \d+ endings found/);
    expect(await scenario.locator('time').textContent()).toBe(await day('2026-11-20T10:00:00.000Z'));
    expect(await scenario.locator('time').getAttribute('datetime')).toBe('2026-11-20');
    const row = record.getByRole('row', { name: /Product Owner/ }).first();
    expect(await row.textContent()).toBe(`Product Owner4 of 44 of 4Mastered${await day('2026-11-18T10:00:00.000Z')}`);
    // No empty section heading: every part shows items or says so.
    expect(await record.locator('[data-nothing]:visible').count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print the record' }).isVisible()).toBe(false);
    expect(await record.locator('[data-record-name]').textContent()).toBe('Ana Souza');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);

    await page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as text' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('learning-record.txt');
    const text = await (await download.createReadStream()).toArray();
    const body = Buffer.concat(text).toString('utf8');
    expect(body).toContain('Learner: Ana Souza');
    expect(body).toContain('- Product Owner course companion (CSPO): Finished');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
