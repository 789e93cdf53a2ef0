import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage, tabTo } from './support';
import {
  findLocked,
  findRoute,
  firstOpenRoute,
  labelsOf,
  letter,
  openChoices,
  type Story,
  story,
  visibleText,
} from './support-scenarios';

// What the room votes for and what the console should show come from the scenario file through the play module
// (support-scenarios.ts); the console's own words are written out here.
const squeeze = story('just-squeeze-it-in');
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
/** The number key that adds a vote for option `index` ("1" for A), or with Shift removes one. */
const add = (index: number) => String(index + 1);
const remove = (index: number) => `Shift+Digit${index + 1}`;
const times = (n: number, k: string) => Array.from({ length: n }, () => k);

/** Presses keys as the facilitator counts hands. */
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
/**
 * Decision `n` (0-based) of `route` as a room makes it: three votes for the route's choice and one for the first
 * other open option (the runner-up, returned), then "Go with the room" and Next.
 */
async function decideByRoom(page: Page, s: Story, route: readonly number[], n: number): Promise<number | undefined> {
  const choice = route[n] as number;
  const other = openChoices(s, route.slice(0, n)).find((c) => c.index !== choice)?.index;
  await page.locator('#ws-scene-h').waitFor();
  expect(await page.locator('#ws-scene-h').textContent()).toBe(s.at(route.slice(0, n)).scene?.moment);
  await vote(page, [...times(3, add(choice)), ...(other === undefined ? [] : [add(other)])]);
  await goWithTheRoom(page);
  await next(page);
  return other;
}
/** Decisions `from` up to the end of `route`, each by the room. */
async function playByRoom(page: Page, s: Story, route: readonly number[], from = 0) {
  for (let n = from; n < route.length; n++) await decideByRoom(page, s, route, n);
}

describe('workshop console', () => {
  test('facilitator runs a scenario with the room voting at each decision to an ending, past a locked option', async () => {
    // The first scenario whose route meets a locked option with two open ones beside it, after a first decision of
    // at least three open options.
    const {
      story: s,
      route: r,
      before,
      locked,
    } = findLocked(
      'after decision 1, beside two open options, on a route whose first decision offers three',
      ({ story: s, before }) =>
        before.length >= 1 && openChoices(s, []).length >= 3 && openChoices(s, before).length >= 2,
    );
    const route = r.choices;
    const labels = labelsOf(s, route);
    const { context, page, problems } = await openPage(browser, `/workshop/${s.id}/`, {
      viewport: { width: 1280, height: 720 },
    });
    await page.locator('#ws-scene-h').waitFor();
    expect(await page.locator('#ws-scene-h').textContent(), 'the scene is headed by its moment').toBe(
      s.at([]).scene?.moment,
    );
    expect(
      await page
        .getByText(
          'Keys: 1–9 add a vote, Shift + number removes one, G goes with the room, N moves on, ? lists every key.',
        )
        .isVisible(),
    ).toBe(true);
    // decision 1: five hands for the route's choice, four for another option, three for a third and one taken back
    const won = route[0] as number;
    const [second, third] = openChoices(s, [])
      .map((c) => c.index)
      .filter((i) => i !== won);
    if (second === undefined || third === undefined) throw new Error('decision 1 needs three open options');
    await vote(page, [...times(5, add(won)), ...times(4, add(second)), ...times(3, add(third)), remove(third)]);
    expect(await text(page, `${letter(won)}: 5 votes (45%)`).isVisible()).toBe(true);
    expect(await text(page, `${letter(second)}: 4 votes (36%)`).isVisible()).toBe(true);
    expect(await text(page, `${letter(third)}: 2 votes (18%)`).isVisible()).toBe(true);
    expect(await live(page).textContent()).toBe(`${letter(third)}: 2 votes (18%)`);
    expect(await text(page, `Option ${letter(won)} has the most votes.`).isVisible()).toBe(true);
    await goWithTheRoom(page);
    expect(await focusedId(page)).toBe('ws-reveal-h');
    expect(await page.locator('#ws-reveal-h').textContent()).toBe(`The room chose ${letter(won)}: ${labels[0]}`);
    expect(await text(page, 'chosen by the majority').isVisible()).toBe(true);
    // the feedback, then the Guide section the choice rests on
    const made = s.at(route.slice(0, 1)).steps[0];
    expect(await page.locator('.ws-feedback').textContent()).toBe(visibleText(made?.feedback ?? ''));
    expect(await page.locator('.ws-reveal .ws-muted').allTextContents()).toEqual([
      'chosen by the majority',
      ...(made?.cites ? [`Scrum Guide 2020: ${made.cites}`] : []),
    ]);
    await next(page);

    for (let n = 1; n < before.length; n++) await decideByRoom(page, s, route, n);
    await page.locator('#ws-scene-h').waitFor();
    // the decision with a locked option: it shows locked, in words, and takes no votes
    expect(await page.getByText(`Locked: opens only when ${locked.needs}.`, { exact: true }).isVisible()).toBe(true);
    await vote(page, times(2, add(locked.index)));
    expect(await page.getByText('No votes yet.').isVisible()).toBe(true);
    const chosen = route[before.length] as number;
    const tied = openChoices(s, before).find((c) => c.index !== chosen)?.index as number;
    await vote(page, [...times(2, add(chosen)), ...times(2, add(tied))]);
    expect(await page.locator('button.ws-go').isDisabled()).toBe(true);
    const pair = [chosen, tied].sort((x, y) => x - y).map(letter);
    expect(await page.getByText(`Tie between ${pair[0]} and ${pair[1]}: pick one of them below.`).isVisible()).toBe(
      true,
    );
    await vote(page, [add(chosen)]);
    await goWithTheRoom(page);
    const last = route.length - 1;
    if (before.length < last) {
      await next(page);
      for (let n = before.length + 1; n < last; n++) await decideByRoom(page, s, route, n);
      await page.locator('#ws-scene-h').waitFor();
      await vote(page, times(3, add(route[last] as number)));
      await goWithTheRoom(page);
    }
    // the last reveal: a "Discuss" question only where the scene has one to reflect on
    const lastScene = s.scenario.scenes.find((x) => x.id === s.at(route.slice(0, last)).scene?.id);
    expect(await page.getByRole('heading', { name: 'Discuss' }).count()).toBe(lastScene?.reflect ? 1 : 0);
    await next(page);

    await page.locator('#ws-ending-h').waitFor();
    expect(await focusedId(page)).toBe('ws-ending-h');
    expect(await page.locator('#ws-ending-h').textContent()).toBe(s.title(r.ending));
    expect(await page.getByRole('heading', { name: 'Debrief questions' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'The room’s path' }).isVisible()).toBe(true);
    const steps = page.locator('.ws .ws-path > li');
    expect(await steps.count()).toBe(route.length);
    expect(await steps.nth(0).textContent()).toContain(`${letter(won)}: 5 votes (45%) · ${letter(won)} won`);
    expect(await steps.nth(0).textContent()).toContain(`${letter(second)}: 4 votes (36%)`);
    expect(await steps.nth(before.length).textContent()).toContain(
      `${letter(chosen)}: 3 votes (60%) · ${letter(chosen)} won`,
    );
    expect(await page.getByRole('img', { name: 'Map of the scenario' }).isVisible()).toBe(true);
    expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('facilitator reloads mid-workshop and resumes with the votes kept', async () => {
    const first = firstOpenRoute(squeeze).slice(0, 1);
    const [a, b] = openChoices(squeeze, first).map((c) => c.index) as [number, number];
    const { context, page } = await openPage(browser, path);
    await decideByRoom(page, squeeze, first, 0);
    await page.locator('#ws-scene-h').waitFor();
    await vote(page, [...times(3, add(b)), add(a)]);
    expect(await text(page, `${letter(b)}: 3 votes (75%)`).isVisible()).toBe(true);
    await page.reload();
    await page.locator('#ws-scene-h').waitFor();
    expect(await page.getByText('Welcome back: the room is where you left it, with its votes.').isVisible()).toBe(true);
    expect(await text(page, 'Decision 2').isVisible()).toBe(true);
    expect(await page.locator('#ws-scene-h').textContent()).toBe(squeeze.at(first).scene?.moment);
    expect(await text(page, `${letter(b)}: 3 votes (75%)`).isVisible()).toBe(true);
    expect(await text(page, `${letter(a)}: 1 vote (25%)`).isVisible()).toBe(true);
    await goWithTheRoom(page);
    await page.reload();
    await page.locator('#ws-reveal-h').waitFor();
    expect(await page.locator('#ws-reveal-h').textContent()).toBe(
      `The room chose ${letter(b)}: ${labelsOf(squeeze, [...first, b])[1]}`,
    );
    await context.close();
  });

  test('facilitator replays from decision 2 with the runner-up choice and the room finds a second ending', async () => {
    const route = firstOpenRoute(squeeze);
    const ending = squeeze.at(route).ending?.id;
    const { context, page } = await openPage(browser, path);
    let runnerUp: number | undefined;
    for (let n = 0; n < route.length; n++) {
      const other = await decideByRoom(page, squeeze, route, n);
      if (n === 1) runnerUp = other;
    }
    if (runnerUp === undefined) throw new Error('decision 2 of the route has no second open option');
    await page.locator('#ws-ending-h').waitFor();
    expect(await page.locator('#ws-ending-h').textContent()).toBe(squeeze.at(route).ending?.title);
    // the same situation from the other seat, offered to the room at the debrief
    const other = squeeze.scenario.otherSide;
    if (!other) throw new Error('just-squeeze-it-in is expected to have an other side');
    const otherSide = page.locator('.ws-ending aside').filter({
      has: page.getByRole('heading', { name: 'Play it from the other side' }),
    });
    expect(
      await otherSide
        .getByRole('link', { name: `“${story(other).scenario.title}” tells the same situation from another seat.` })
        .getAttribute('href'),
    ).toMatch(new RegExp(`/workshop/${other}/$`));

    const replay = page.getByRole('button', {
      name: `Replay from decision 2 with the runner-up choice (${letter(runnerUp)})`,
    });
    await replay.focus();
    await page.keyboard.press('Enter');
    await page.locator('#ws-reveal-h').waitFor();
    expect(await text(page, 'Decision 2 · What happened').isVisible()).toBe(true);
    const replayed = [route[0] as number, runnerUp];
    expect(await page.locator('#ws-reveal-h').textContent()).toBe(
      `The room chose ${letter(runnerUp)}: ${labelsOf(squeeze, replayed)[1]}`,
    );
    expect(await text(page, 'chosen by the facilitator’s pick').isVisible()).toBe(true);
    expect(await text(page, `${letter(route[1] as number)}: 3 votes (75%)`).isVisible()).toBe(true);
    await next(page);
    const onward = findRoute(
      squeeze,
      `from [${replayed.join(', ')}] to another ending than ${ending}`,
      (r) => r.choices[0] === replayed[0] && r.choices[1] === replayed[1] && r.ending !== ending,
    );
    await playByRoom(page, squeeze, onward.choices, 2);
    await page.locator('#ws-ending-h').waitFor();
    expect(await page.locator('#ws-ending-h').textContent()).toBe(squeeze.title(onward.ending));
    expect(await page.locator('.ws .ws-path > li').count()).toBe(onward.choices.length);
    // the room's ending is recorded in the session just after it renders, so wait for the count to catch up
    await expect
      .poll(() => page.getByText(`2 of ${squeeze.scenario.endings.length} endings found`).isVisible())
      .toBe(true);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`console is axe clean (WCAG 2.2 AA) while voting and at the ending, ${colorScheme}`, async () => {
      // two decisions, then one the room wins for its second open option, then on to an ending
      const start = firstOpenRoute(squeeze).slice(0, 2);
      const [a, b] = openChoices(squeeze, start).map((c) => c.index) as [number, number];
      const route = firstOpenRoute(squeeze, [...start, b]);
      const { context, page } = await openPage(browser, path, { colorScheme });
      await playByRoom(page, squeeze, start);
      await page.locator('#ws-scene-h').waitFor();
      await vote(page, [add(a), add(b), add(b)]);
      await page.getByRole('button', { name: 'Start the countdown' }).click();
      expect(await page.locator('.ws-clock').textContent()).toMatch(/^[12]:\d\d left$/);
      expect(await axeViolations(page)).toEqual([]);
      await goWithTheRoom(page);
      expect(await axeViolations(page)).toEqual([]);
      await next(page);
      await playByRoom(page, squeeze, route, 3);
      await page.locator('#ws-ending-h').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }, 120_000);
  }

  test('full screen on a 1280×720 projector: one screen, options and "Go with the room" in view, the scene scrolls from the keyboard', async () => {
    // the decision on the route with the most to read (situation, question and discussion prompt)
    const route = firstOpenRoute(squeeze);
    const reading = (n: number) => {
      const scene = squeeze.at(route.slice(0, n)).scene;
      const prompt = squeeze.scenario.facilitation?.prompts[scene?.id ?? ''] ?? '';
      return openChoices(squeeze, route.slice(0, n)).length < 2
        ? 0
        : visibleText(scene?.situation ?? '').length + (scene?.predict ?? '').length + prompt.length;
    };
    const at = route.map((_, n) => n).reduce((best, n) => (reading(n) > reading(best) ? n : best), 0);
    const [a, b] = openChoices(squeeze, route.slice(0, at)).map((c) => c.index) as [number, number];
    const prompt = squeeze.scenario.facilitation?.prompts[squeeze.at(route.slice(0, at)).scene?.id ?? ''];
    if (!prompt) throw new Error('every scene of a workshop scenario has a discussion prompt');
    const screen = { width: 1280, height: 720 };
    const { context, page } = await openPage(browser, path, { viewport: screen, screen });
    await playByRoom(page, squeeze, route.slice(0, at));
    await page.locator('#ws-scene-h').waitFor();
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('ws'));
    await vote(page, [add(b), add(b), add(a)]);
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
    // the story is longer than the screen: its column takes focus and scrolls with the arrow keys, down to the
    // facilitator's discussion prompt for this scene
    const last = page.locator('.ws-scene > :last-child');
    expect(await inView('.ws-scene > :last-child')).toEqual([false]);
    await tabTo(page, '.ws-scene', 30);
    for (let i = 0; i < 60 && (await inView('.ws-scene > :last-child'))[0] === false; i++)
      await page.keyboard.press('ArrowDown');
    await expect.poll(() => inView('.ws-scene > :last-child')).toEqual([true]);
    expect(await last.getByRole('heading').textContent()).toBe('Discussion prompt');
    expect(await last.getByText(prompt, { exact: true }).isVisible()).toBe(true);
    expect(await inView('.ws-go'), 'the decision stays in view while the story scrolls').toEqual([true]);
    expect(await axeViolations(page)).toEqual([]);
    await goWithTheRoom(page);
    expect(await text(page, 'chosen by the majority').isVisible()).toBe(true);
    expect(await page.locator('#ws-reveal-h').textContent()).toBe(
      `The room chose ${letter(b)}: ${labelsOf(squeeze, [...route.slice(0, at), b])[at]}`,
    );
    await context.close();
  });

  test('the print handout shows the room’s path and debrief questions and hides the controls', async () => {
    const route = firstOpenRoute(squeeze);
    const ending = squeeze.at(route).ending;
    const { context, page } = await openPage(browser, path);
    await playByRoom(page, squeeze, route);
    await page.locator('#ws-ending-h').waitFor();
    const handout = page.locator('.ws-handout');
    expect(await handout.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await handout.isVisible()).toBe(true);
    expect(await handout.getByRole('heading', { name: 'The room’s path and votes' }).isVisible()).toBe(true);
    expect(await handout.locator('.ws-path > li').count()).toBe(route.length);
    const a = letter(route[0] as number);
    expect(await handout.getByText(`${a}: 3 votes (75%) · ${a} won`).first().isVisible()).toBe(true);
    expect(await handout.getByRole('heading', { name: 'Debrief questions' }).isVisible()).toBe(true);
    expect(ending?.debrief.length).toBeGreaterThan(0);
    for (const question of ending?.debrief ?? [])
      expect(await handout.getByText(question, { exact: true }).isVisible(), question).toBe(true);
    expect(await handout.getByText(ending?.title ?? '', { exact: true }).isVisible()).toBe(true);
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
    expect(await booklet.getAttribute('href')).toMatch(/\/scenarios\/just-squeeze-it-in\/booklet\/$/);
    await booklet.click();
    await page.waitForURL('**/scenarios/just-squeeze-it-in/booklet/');
    expect(await page.getByRole('heading', { name: 'Choose your path (printable version)' }).isVisible()).toBe(true);
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
