import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage, siteUrl } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Rates the 14 statements: `value(i)` for statement i (0-based). */
async function rate(page: Page, value: (i: number) => number): Promise<void> {
  const sets = await page.locator('[data-statement]').all();
  for (const [i, set] of sets.entries()) await set.locator(`input[value="${value(i)}"]`).check();
}
const areaRow = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) });

describe('team trust check', () => {
  test('a facilitator enters two people anonymously, sees the chart and table, shares the link and compares it with an earlier check', async () => {
    const { context, page, problems } = await openPage(browser, '/trust-check/');
    expect(await page.getByText('never for judging a team').isVisible()).toBe(true);
    await page.getByLabel('A team, one person after another on this device (anonymous)').check();
    // Statements 1-5 are the Developers' trust in the PO, 6-10 the PO's in the Developers, 11-14 stakeholders.
    await rate(page, (i) => (i < 5 ? 4 : i < 10 ? 3 : 2));
    await page.getByRole('button', { name: "Add this person's answers" }).click();
    expect(await page.getByRole('status').filter({ hasText: 'Person 1 added' }).count()).toBe(1);
    expect(await page.locator('[data-statement] input:checked').count()).toBe(0);
    await rate(page, (i) => (i < 5 ? 5 : i < 10 ? 4 : 1));
    await page.getByRole('button', { name: 'See the team result' }).click();

    const result = page.locator('[data-trust-result]');
    await expect.poll(() => result.isVisible()).toBe(true);
    expect(await result.getByText('From 2 people (averages only).').isVisible()).toBe(true);
    expect(await areaRow(page, "The Developers' trust in the Product Owner").textContent()).toContain('4.5');
    expect(await areaRow(page, "The Product Owner's trust in the Developers").textContent()).toContain('3.5');
    expect(await areaRow(page, 'Stakeholders and the team').textContent()).toContain('1.5');
    const chart = page.getByRole('img', { name: 'Trust by area, from 1 (low) to 5 (high)' });
    expect(await chart.locator('rect.bar-now').count()).toBe(3);
    expect(await chart.locator('text').allTextContents()).toContain('1.5');
    const start = page.locator('[data-recommend]:visible');
    expect(await start.textContent()).toContain('The lowest area this time is Stakeholders and the team.');
    expect(await start.getByRole('link', { name: 'Leaders and stakeholders' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const link = await page.getByLabel('Link to this result (holds the averages only)').inputValue();
    expect(new URL(link).search).toBe('?r=1.2.45-45-45-45-45-35-35-35-35-35-15-15-15-15');

    // A quarter later, the team takes it again and compares with the earlier link.
    const later = await context.newPage();
    await later.goto(siteUrl('/trust-check/?r=1.5.45-45-45-45-45-40-40-40-40-40-30-30-30-30'));
    await later.getByLabel('Compare with an earlier check: paste its link').fill(link);
    await later.getByRole('button', { name: 'Compare' }).click();
    const row = areaRow(later, 'Stakeholders and the team');
    expect((await row.locator('td').allTextContents()).map((t) => t.trim())).toEqual(['3.0', '1.5', '+1.5']);
    expect(
      await later
        .getByRole('img', { name: /Trust by area/ })
        .locator('rect.bar-earlier')
        .count(),
    ).toBe(3);

    // Printed: the result without the form and buttons.
    await later.emulateMedia({ media: 'print' });
    expect(await later.locator('[data-trust-form]').isVisible()).toBe(false);
    expect(await later.getByRole('button', { name: 'Print the result' }).isVisible()).toBe(false);
    expect(await later.getByRole('img', { name: /Trust by area/ }).isVisible()).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a changed link gets a friendly message, shows no result and leaves the check usable', async () => {
    const { context, page, problems } = await openPage(
      browser,
      '/trust-check/?r=1.2.45-45-45-45-45-35-35-35-35-35-15-15-15-99',
    );
    expect(await page.getByRole('alert').textContent()).toContain(
      'This link does not hold a trust check this page can read',
    );
    expect(await page.locator('[data-trust-result]').isVisible()).toBe(false);
    await rate(page, () => 3);
    await page.getByRole('button', { name: 'See the result' }).click();
    expect(await areaRow(page, 'Stakeholders and the team').textContent()).toContain('3.0');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('typed averages with a mistake are named before anything is shown', async () => {
    const { context, page } = await openPage(browser, '/trust-check/');
    await page.getByLabel('A team: I have the averages already').check();
    for (let i = 1; i <= 14; i++)
      await page.getByLabel(`Team average for statement ${i}, from 1 to 5`).fill(i === 3 ? '7' : '3,5');
    await page.getByRole('button', { name: 'See the result from these averages' }).click();
    expect(await page.getByRole('status').filter({ hasText: 'needs an average' }).textContent()).toBe(
      'Statement 3 needs an average from 1 to 5, such as 3.5.',
    );
    expect(await page.locator('[data-trust-result]').isVisible()).toBe(false);
    await context.close();
  });
});
