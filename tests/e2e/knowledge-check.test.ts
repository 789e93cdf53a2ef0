import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Position (0-based, as shown) of the right answer and of one wrong answer in each question. */
async function positions(page: Page): Promise<{ right: number; wrong: number }[]> {
  return page.$$eval('[data-check] fieldset', (sets) =>
    sets.map((set) => {
      const right = set.querySelector('li[data-correct="true"]')?.getAttribute('data-option');
      const shown = [...set.querySelectorAll('label[data-option]')].map((l) => l.getAttribute('data-option'));
      const at = shown.indexOf(right ?? '');
      return { right: at, wrong: at === 0 ? 1 : 0 };
    }),
  );
}

/** Answers the question whose first radio has focus by moving down `steps` options, then tabs on. */
async function pick(page: Page, steps: number): Promise<void> {
  await page.keyboard.press('Space');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
}

describe('knowledge check', () => {
  test('a learner answers with the keyboard only, sees why each answer is right or wrong, and retakes in a new order', async () => {
    const { context, page, problems } = await openPage(browser, '/events/sprint-planning/');
    const check = page.getByRole('region', { name: 'Check your understanding' });
    const firstRadio = check.locator('fieldset').first().locator('input').first();
    await firstRadio.scrollIntoViewIfNeeded();
    // Reach the check from the last link before it, as a keyboard user would.
    await page.locator('.reflection').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await firstRadio.evaluate((el) => el === document.activeElement)).toBe(true);

    const where = await positions(page);
    expect(where).toHaveLength(4);
    const firstOrder = await check.locator('label[data-option]').evaluateAll((ls) => ls.map((l) => l.textContent));
    // Right on question 1, wrong on the others.
    for (const [i, q] of where.entries()) await pick(page, i === 0 ? q.right : q.wrong);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check my answers');
    await page.keyboard.press('Enter');

    const result = check.locator('[data-check-result]');
    expect(await result.getAttribute('role')).toBe('status');
    expect(await result.textContent()).toBe(
      '1 of 4 right. Each question now says why. Your result is saved in this browser.',
    );
    expect(await check.locator('[data-mastery]').textContent()).toContain('Your level here: Practised');
    expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
    const first = check.locator('[data-feedback]').nth(0);
    expect(await first.textContent()).toMatch(/^Right\. The Developers select the items/);
    const second = check.locator('[data-feedback]').nth(1);
    expect(await second.textContent()).toMatch(/^Not quite\. /);
    expect(await second.textContent()).toContain(
      'The better answer: A list leaves no room to renegotiate scope and says nothing about why the Sprint matters.',
    );
    expect(await second.getByRole('link', { name: 'Read the passage' }).getAttribute('href')).toBe('#anti-patterns');
    expect(await axeViolations(page)).toEqual([]);

    // Retake: Tab from the result reaches "Try again" after the reasons' links.
    const retake = check.getByRole('button', { name: 'Try again' });
    await retake.focus();
    await page.keyboard.press('Enter');
    expect(await result.textContent()).toBe('');
    expect(await check.locator('input:checked').count()).toBe(0);
    expect(await check.locator('[data-feedback]:visible').count()).toBe(0);
    const secondOrder = await check.locator('label[data-option]').evaluateAll((ls) => ls.map((l) => l.textContent));
    expect(secondOrder).not.toEqual(firstOrder);
    expect([...secondOrder].sort()).toEqual([...firstOrder].sort());
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('an unanswered question is named instead of being marked wrong', async () => {
    const { context, page } = await openPage(browser, '/topics/technical-debt/');
    const check = page.getByRole('region', { name: 'Check your understanding' });
    await check.locator('fieldset').first().locator('input').first().check();
    await check.getByRole('button', { name: 'Check my answers' }).click();
    expect(await check.getByRole('status').textContent()).toBe('Pick an answer for question 2, 3 first.');
    expect(await check.locator('[data-feedback]:visible').count()).toBe(0);
    await context.close();
  });

  test('without JavaScript the reasons are still there to read', async () => {
    const { context, page } = await openPage(browser, '/roles/scrum-master/', { javaScriptEnabled: false });
    const check = page.getByRole('region', { name: 'Check your understanding' });
    expect(await check.getByRole('button', { name: 'Check my answers' }).count()).toBe(0);
    const reasons = check.locator('details').first();
    await reasons.locator('summary').click();
    expect(await reasons.getByText('Right answer:').isVisible()).toBe(true);
    expect(await reasons.getByRole('link', { name: 'Read the passage' }).count()).toBe(3);
    await context.close();
  });
});
