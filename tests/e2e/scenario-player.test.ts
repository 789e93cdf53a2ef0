import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage, siteUrl, tabTo } from './support';
import { downloadFrom } from './support-storage';

const path = '/scenarios/just-squeeze-it-in/';
const key = 'stl:scenario:v1:just-squeeze-it-in';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const sceneHeading = (page: Page) => page.locator('#sp-scene-h');
const choice = (page: Page, name: RegExp) => page.getByRole('button', { name });
/** Plays choices by their visible label, waiting for each new scene heading. */
async function play(page: Page, names: RegExp[]) {
  for (const name of names) await choice(page, name).click();
}
const toGoodEnding = [
  /^"Sure, we'll make it work\."$/,
  /^Go back in and reopen/,
  /^Suggest a thin slice/,
  /^"Partners can see/,
  /^Tell Ines today/,
];

describe('scenario player', () => {
  test('learner plays Just squeeze it in to an ending with the keyboard alone', async () => {
    const { context, page, problems } = await openPage(browser, path);
    await sceneHeading(page).waitFor();
    expect(await page.locator('[data-scenario-booklet]').isVisible()).toBe(false);
    for (let decision = 1; decision <= 5; decision++) {
      await tabTo(page, 'button.sp-choice:not([aria-disabled="true"])', 60);
      await page.keyboard.press('Enter');
      const heading = decision < 5 ? '#sp-scene-h' : '#sp-ending-h';
      await page.locator(heading).waitFor();
      expect(await focusedId(page), `focus after decision ${decision}`).toBe(heading.slice(1));
      expect(await page.getByRole('heading', { name: 'After your last choice' }).isVisible()).toBe(true);
    }
    expect(await page.locator('#sp-ending-h').textContent()).toBe('A forecast everyone believes');
    expect(await page.getByRole('heading', { name: 'Your path' }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: 'Map of the scenario' }).isVisible()).toBe(true);
    expect(await page.getByText('1 of 4 endings found').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Go back to decision 3 and choose differently' }).count()).toBe(1);
    // Reaching an ending counts the scenario as done in the learner's site-wide progress.
    expect(await page.getByRole('button', { name: 'Mark as done' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(siteUrl('/progress/'));
    expect(await page.locator('li[data-ref="scenarios/just-squeeze-it-in"] [data-status]').textContent()).toBe('Done');
    expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });

  test('learner plays Done, mostly to an ending with the keyboard alone', async () => {
    const { context, page, problems } = await openPage(browser, '/scenarios/done-mostly/');
    await sceneHeading(page).waitFor();
    let decisions = 0;
    while ((await page.locator('#sp-ending-h').count()) === 0 && decisions < 8) {
      await tabTo(page, 'button.sp-choice:not([aria-disabled="true"])', 60);
      await page.keyboard.press('Enter');
      decisions++;
      await page.locator('#sp-scene-h, #sp-ending-h').waitFor();
      expect(await focusedId(page), `focus after decision ${decisions}`).toMatch(/^sp-(scene|ending)-h$/);
    }
    expect(decisions).toBe(4);
    expect(await page.locator('#sp-ending-h').textContent()).toBe('Done means Done');
    expect(await page.getByText('1 of 4 endings found').isVisible()).toBe(true);
    expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });

  test('learner resumes an interrupted scenario after reload', async () => {
    const { context, page } = await openPage(browser, path);
    await sceneHeading(page).waitFor();
    await play(page, toGoodEnding.slice(0, 2));
    expect(await page.getByText(/^Decision 3$/).isVisible()).toBe(true);
    await page.reload();
    await sceneHeading(page).waitFor();
    expect(await page.getByText(/^Decision 3$/).isVisible()).toBe(true);
    expect(await sceneHeading(page).textContent()).toBe('Monday, 10:30: what the partners need to see');
    expect(await page.getByText('Welcome back: you are where you left off.').isVisible()).toBe(true);
    await context.close();
  });

  test('learner goes back to decision 2 and chooses differently', async () => {
    const { context, page } = await openPage(browser, path);
    await sceneHeading(page).waitFor();
    await play(page, toGoodEnding);
    await page.locator('#sp-ending-h').waitFor();
    await page.getByRole('button', { name: 'Go back to decision 2 and choose differently' }).click();
    await sceneHeading(page).waitFor();
    expect(await page.getByText(/^Decision 2$/).isVisible()).toBe(true);
    expect(await sceneHeading(page).textContent()).toBe('Monday, 10:15: a break in the corridor');
    expect(await focusedId(page)).toBe('sp-scene-h');
    await play(page, [/^"It's only two weeks/, /^"Finish everything we selected\."$/]);
    const locked = choice(page, /^Ask Ines to join a quick call/);
    expect(await locked.getAttribute('aria-disabled')).toBe('true');
    expect(
      await page
        .getByText(/^Locked: this opens only when the Product Owner's trust in the Developers is at least 7\.$/)
        .isVisible(),
    ).toBe(true);
    await locked.focus(); // still reachable by keyboard, so its reason can be read
    await page.keyboard.press('Enter');
    expect(await page.getByText(/^Decision 4$/).isVisible(), 'a locked choice does nothing').toBe(true);
    await play(page, [/^Keep it in the team/]);
    expect(await page.locator('#sp-ending-h').textContent()).toBe('A promise nobody actually made');
    expect(await page.getByText('2 of 4 endings found').isVisible()).toBe(true);
    await context.close();
  });

  test('a corrupt saved record is reported and kept aside, not dropped', async () => {
    const { context: ctx, page } = await openPage(browser, '/');
    await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"scene":'), key);
    await page.goto(page.url().replace(/\/$/, path));
    await sceneHeading(page).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'was damaged' });
    expect(await notice.isVisible()).toBe(true);
    expect(await page.getByText(/^Decision 1$/).isVisible()).toBe(true);
    const copy = await downloadFrom(page, () =>
      notice.getByRole('button', { name: 'Download the set-aside copy' }).click(),
    );
    expect(copy).toBe('{"version":1,"scene":');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByText('was damaged').count()).toBe(0);
    await play(page, toGoodEnding.slice(0, 1));
    expect(await page.getByText(/^Decision 2$/).isVisible()).toBe(true);
    // a second damaged record gets a copy of its own: the first one is still there
    await page.evaluate((k) => localStorage.setItem(k, 'second damage'), key);
    await page.reload();
    await sceneHeading(page).waitFor();
    const copies = await page.evaluate(
      (k) =>
        Object.keys(localStorage)
          .filter((c) => c.startsWith(`${k}:set-aside:`))
          .map((c) => localStorage.getItem(c))
          .sort(),
      key,
    );
    expect(copies).toEqual(['second damage', '{"version":1,"scene":']);
    await ctx.close();
  });

  test('a damaged list of endings found is reported and kept aside; the map counts afresh', async () => {
    const endingsKey = 'stl:scenario-endings:v1:just-squeeze-it-in';
    const { context: ctx, page } = await openPage(browser, '/');
    await page.evaluate((k) => localStorage.setItem(k, '["forecast-everyone-believes", 7'), endingsKey);
    await page.goto(page.url().replace(/\/$/, path));
    await sceneHeading(page).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'list of endings found' });
    expect(await notice.isVisible()).toBe(true);
    const copy = await downloadFrom(page, () =>
      notice.getByRole('button', { name: 'Download the set-aside copy' }).click(),
    );
    expect(copy).toBe('["forecast-everyone-believes", 7');
    await play(page, toGoodEnding);
    await page.locator('#sp-ending-h').waitFor();
    expect(await page.getByText('1 of 4 endings found').isVisible()).toBe(true);
    await ctx.close();
  });

  test('the player has no axe violations mid-scenario or at the ending, at 320 px, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await openPage(browser, path, {
        colorScheme,
        viewport: { width: 320, height: 800 },
        reducedMotion: 'reduce',
      });
      await sceneHeading(page).waitFor();
      await play(page, toGoodEnding.slice(0, 2));
      expect(await axeViolations(page), `mid-scenario, ${colorScheme}`).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'no sideways scrolling',
      ).toBeLessThanOrEqual(320);
      await play(page, toGoodEnding.slice(2));
      await page.locator('#sp-ending-h').waitFor();
      expect(await axeViolations(page), `ending, ${colorScheme}`).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'no sideways scrolling',
      ).toBeLessThanOrEqual(320);
      await context.close();
    }
  });
});
