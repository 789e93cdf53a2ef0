import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage, tabTo } from './support';

const path = '/workshop/just-squeeze-it-in/';
const key = 'stl:workshop:v1:just-squeeze-it-in';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const live = (page: Page) => page.locator('.ws [aria-live="polite"]');
/** Exact text on the console's current step (not the live region or the print-only handout). */
const text = (page: Page, t: string) => page.locator('.ws-step').getByText(t, { exact: true });

/** Presses digit keys as the facilitator counts hands ("1" = a vote for A, "Shift+Digit2" = one fewer for B). */
async function vote(page: Page, keys: string[]) {
  for (const k of keys) await page.keyboard.press(k);
}
/** Keyboard only: Tab to "Go with the room", Enter, and wait for the reveal. */
async function goWithTheRoom(page: Page) {
  await tabTo(page, 'button.ws-go', 60);
  await page.keyboard.press('Enter');
  await page.locator('#ws-reveal-h').waitFor();
}
/** Keyboard only: Tab to Next (or See the ending), Enter. */
async function next(page: Page) {
  await tabTo(page, 'button.ws-next', 60);
  await page.keyboard.press('Enter');
}
/** One whole decision where option `winner` (1-based) gets three votes and A or B one. */
async function decideByRoom(page: Page, winner: number) {
  await page.locator('#ws-scene-h').waitFor();
  await vote(page, [String(winner), String(winner), String(winner), winner === 1 ? '2' : '1']);
  await goWithTheRoom(page);
  await next(page);
}

describe('workshop console', () => {
  test('facilitator runs Just squeeze it in with the room voting at each decision to an ending', async () => {
    const { context, page, problems } = await openPage(browser, path, { viewport: { width: 1280, height: 720 } });
    await page.locator('#ws-scene-h').waitFor();
    expect(await page.getByText('Keys: 1–9 add a vote to option A–I, Shift + number removes one.').isVisible()).toBe(
      true,
    );
    await vote(page, ['1', '1', '1', '1', '1', '2', '2', '2', '2', '3', '3', '3', 'Shift+Digit3']);
    expect(await text(page, 'A: 5 votes (45%)').isVisible()).toBe(true);
    expect(await text(page, 'B: 4 votes (36%)').isVisible()).toBe(true);
    expect(await text(page, 'C: 2 votes (18%)').isVisible()).toBe(true);
    expect(await live(page).textContent()).toBe('C: 2 votes (18%)');
    expect(await text(page, 'Option A has the most votes.').isVisible()).toBe(true);
    await goWithTheRoom(page);
    expect(await focusedId(page)).toBe('ws-reveal-h');
    expect(await page.locator('#ws-reveal-h').textContent()).toBe('The room chose A: "Sure, we\'ll make it work."');
    expect(await text(page, 'chosen by the majority').isVisible()).toBe(true);
    await next(page);

    await decideByRoom(page, 1); // hallway: reopen the forecast
    await page.locator('#ws-scene-h').waitFor();
    // decision 3: the Sprint Goal option needs trust the room has not built; it shows locked, in words, and takes no votes
    expect(
      await page
        .getByText("Locked: opens only when The Developers' trust in the Product Owner is at least 6.")
        .isVisible(),
    ).toBe(true);
    await vote(page, ['3', '3']);
    expect(await page.getByText('No votes yet.').isVisible()).toBe(true);
    await vote(page, ['1', '1', '2', '2']);
    expect(await page.locator('button.ws-go').isDisabled()).toBe(true);
    expect(await page.getByText('Tie between A and B: pick one of them below.').isVisible()).toBe(true);
    await vote(page, ['1']);
    await goWithTheRoom(page);
    await next(page);
    await decideByRoom(page, 1); // the Sprint Goal
    await page.locator('#ws-scene-h').waitFor();
    await vote(page, ['1', '1', '1', '2']);
    await goWithTheRoom(page);
    expect(await page.getByRole('heading', { name: 'Discuss' }).count()).toBe(0);
    await next(page);

    await page.locator('#ws-ending-h').waitFor();
    expect(await focusedId(page)).toBe('ws-ending-h');
    expect(await page.locator('#ws-ending-h').textContent()).toBe('A forecast everyone believes');
    expect(await page.getByRole('heading', { name: 'Debrief questions' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'The room’s path' }).isVisible()).toBe(true);
    const steps = page.locator('.ws .ws-path > li');
    expect(await steps.count()).toBe(5);
    expect(await steps.nth(0).textContent()).toContain('A: 5 votes (45%) · A won');
    expect(await steps.nth(0).textContent()).toContain('B: 4 votes (36%)');
    expect(await steps.nth(2).textContent()).toContain('A: 3 votes (60%) · A won');
    expect(await page.getByRole('img', { name: 'Map of the scenario' }).isVisible()).toBe(true);
    expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('facilitator reloads mid-workshop and resumes with the votes kept', async () => {
    const { context, page } = await openPage(browser, path);
    await decideByRoom(page, 1);
    await page.locator('#ws-scene-h').waitFor();
    await vote(page, ['2', '2', '2', '1']);
    expect(await text(page, 'B: 3 votes (75%)').isVisible()).toBe(true);
    await page.reload();
    await page.locator('#ws-scene-h').waitFor();
    expect(await page.getByText('Welcome back: the room is where you left it, with its votes.').isVisible()).toBe(true);
    expect(await text(page, 'Decision 2').isVisible()).toBe(true);
    expect(await page.locator('#ws-scene-h').textContent()).toBe('Monday, 10:15: a break in the corridor');
    expect(await text(page, 'B: 3 votes (75%)').isVisible()).toBe(true);
    expect(await text(page, 'A: 1 vote (25%)').isVisible()).toBe(true);
    await goWithTheRoom(page);
    await page.reload();
    await page.locator('#ws-reveal-h').waitFor();
    expect(await page.locator('#ws-reveal-h').textContent()).toMatch(/^The room chose B: "It's only two weeks/);
    await context.close();
  });

  test('facilitator replays from decision 2 with the runner-up choice', async () => {
    const { context, page } = await openPage(browser, path);
    for (const winner of [1, 1, 1, 1, 1]) await decideByRoom(page, winner);
    await page.locator('#ws-ending-h').waitFor();
    const replay = page.getByRole('button', { name: 'Replay from decision 2 with the runner-up choice (B)' });
    await replay.focus();
    await page.keyboard.press('Enter');
    await page.locator('#ws-reveal-h').waitFor();
    expect(await text(page, 'Decision 2 · What happened').isVisible()).toBe(true);
    expect(await page.locator('#ws-reveal-h').textContent()).toMatch(/^The room chose B: "It's only two weeks/);
    expect(await text(page, 'chosen by the facilitator’s pick').isVisible()).toBe(true);
    expect(await text(page, 'A: 3 votes (75%)').isVisible()).toBe(true);
    await next(page);
    expect(await page.locator('#ws-scene-h').textContent()).toBe('Monday, 11:00: agreeing the Sprint Goal');
    await decideByRoom(page, 2);
    await decideByRoom(page, 2);
    await page.locator('#ws-ending-h').waitFor();
    expect(await page.locator('#ws-ending-h').textContent()).toBe('A promise nobody actually made');
    expect(await page.locator('.ws .ws-path > li').count()).toBe(4);
    // the room's ending is recorded in the session just after it renders, so wait for the count to catch up
    await expect.poll(() => page.getByText('2 of 4 endings found').isVisible()).toBe(true);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`console is axe clean (WCAG 2.2 AA) while voting and at the ending, ${colorScheme}`, async () => {
      const { context, page } = await openPage(browser, path, { colorScheme });
      await decideByRoom(page, 1);
      await decideByRoom(page, 1);
      await page.locator('#ws-scene-h').waitFor();
      await vote(page, ['1', '2', '2']);
      await page.getByRole('button', { name: 'Start a 2-minute timer for pairs' }).click();
      expect(await page.locator('.ws-clock').textContent()).toMatch(/^[12]:\d\d$/);
      expect(await axeViolations(page)).toEqual([]);
      await goWithTheRoom(page);
      expect(await axeViolations(page)).toEqual([]);
      await next(page);
      await decideByRoom(page, 1);
      await decideByRoom(page, 1);
      await page.locator('#ws-ending-h').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }, 120_000);
  }

  test('full screen on a 1280×720 projector: one screen, options and "Go with the room" in view, the scene scrolls from the keyboard', async () => {
    const screen = { width: 1280, height: 720 };
    const { context, page } = await openPage(browser, path, { viewport: screen, screen });
    await page.locator('#ws-scene-h').waitFor();
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('ws'));
    await vote(page, ['2', '2', '1']);
    const inView = (selector: string) =>
      page.evaluate(
        ({ selector, height }) =>
          [...document.querySelectorAll(selector)].map((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= height;
          }),
        { selector, height: screen.height },
      );
    // the console is exactly one screen: nothing of it lies below the projector's edge
    expect(await page.evaluate(() => document.fullscreenElement?.scrollHeight)).toBe(screen.height);
    expect(await inView('.ws-option'), 'every option').not.toContain(false);
    expect(await inView('.ws-go, .ws-total'), '"Go with the room" and the total').toEqual([true, true]);
    // the story is longer than the screen: its column takes focus and scrolls with the arrow keys
    const ask = page.locator('.ws-ask');
    expect(await inView('.ws-ask')).toEqual([false]);
    await tabTo(page, '.ws-scene', 30);
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => inView('.ws-ask')).toEqual([true]);
    expect(await ask.textContent()).toContain('Ask the room');
    expect(await inView('.ws-go'), 'the decision stays in view while the story scrolls').toEqual([true]);
    expect(await axeViolations(page)).toEqual([]);
    await goWithTheRoom(page);
    expect(await text(page, 'chosen by the majority').isVisible()).toBe(true);
    await context.close();
  });

  test('the print handout shows the room’s path and debrief questions and hides the controls', async () => {
    const { context, page } = await openPage(browser, path);
    for (const winner of [1, 1, 1, 1, 1]) await decideByRoom(page, winner);
    await page.locator('#ws-ending-h').waitFor();
    const handout = page.locator('.ws-handout');
    expect(await handout.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await handout.isVisible()).toBe(true);
    expect(await handout.getByRole('heading', { name: 'The room’s path and votes' }).isVisible()).toBe(true);
    expect(await handout.locator('.ws-path > li').count()).toBe(5);
    expect(await handout.getByText('A: 3 votes (75%) · A won').first().isVisible()).toBe(true);
    expect(await handout.getByRole('heading', { name: 'Debrief questions' }).isVisible()).toBe(true);
    expect(
      await handout
        .getByText('What would you say in the first minute of Sprint Planning next time a date moves?')
        .isVisible(),
    ).toBe(true);
    expect(await handout.getByText('A forecast everyone believes').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(false);
    expect(
      await page
        .getByRole('button', { name: /^Replay from decision/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.getByRole('heading', { name: 'How to run the session' }).isVisible()).toBe(false);
    await context.close();
  });

  test('without JavaScript the page gives the facilitation steps and the booklet', async () => {
    const { context, page } = await openPage(browser, path, { javaScriptEnabled: false });
    expect(await page.getByRole('heading', { name: 'How to run the session' }).isVisible()).toBe(true);
    expect(await page.getByText('Argue, then vote.').isVisible()).toBe(true);
    expect(await page.getByText(/The presenter console needs JavaScript/).isVisible()).toBe(true);
    const booklet = page.getByRole('link', { name: 'Open the printable booklet' }).first();
    expect(await booklet.getAttribute('href')).toMatch(/\/scenarios\/just-squeeze-it-in\/$/);
    await context.close();
  });

  test('a tampered link or a damaged saved session still opens a working console, and the facilitator is told', async () => {
    const tampered = `${path}?decision=99&votes=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E#%3Cscript%3Ealert(1)%3C/script%3E`;
    const { context, page, problems } = await openPage(browser, tampered);
    await page.locator('#ws-scene-h').waitFor();
    expect(await text(page, 'Decision 1').isVisible()).toBe(true);
    await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"decisions":"<b>lots</b>"'), key);
    await page.reload();
    await page.locator('#ws-scene-h').waitFor();
    const notice = page
      .getByRole('status')
      .filter({ hasText: /The saved workshop session for this scenario was damaged/ });
    expect(await notice.isVisible()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download the set-aside copy' }).click(),
    ]);
    let copy = '';
    for await (const chunk of await download.createReadStream()) copy += chunk;
    expect(copy).toBe('{"version":1,"decisions":"<b>lots</b>"');
    expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });
});
