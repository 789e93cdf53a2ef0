// The workshop room, as a facilitator runs it: one scenario with the keyboard only (countdown, hidden tallies,
// reveal, agreements, recap printed and copied), a perspective pair as a split room, and a piece that cannot load
// saying so with "Try again". Labels and endings come from the scenario files through the engine's play module.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { letter, workshopUi as W } from '../../src/lib/workshop-labels';
import { createPlayModel, type PlayModel } from '../../src/scenarios';
import { loadScenario } from '../unit/scenarios/load';
import { axeViolations, launchBrowser, openPage, siteUrl } from './support';

const shots = process.env.SHOTS_DIR;
if (shots) mkdirSync(shots, { recursive: true });
const shoot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
};

const modelOf = (id: string) => createPlayModel(loadScenario(`content/scenarios/${id}.yaml`));
const flat = (t: string) => t.replace(/\s+/g, ' ').trim();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Pages in a PDF of the page as printed (kept as SHOTS_DIR/<name>.pdf when asked). One PDF per print: making it
 * fires afterprint, which ends "print the recap".
 */
async function printedPages(page: Page, name: string): Promise<number> {
  const buffer = await page.pdf({ format: 'A4', printBackground: true });
  if (shots) writeFileSync(`${shots}/${name}.pdf`, buffer);
  return (buffer.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** The first open option of the current decision, as the play module says. */
const firstOpen = (model: PlayModel, play: number[]) => {
  const index = model.state(play).scene?.choices.findIndex((c) => c.open) ?? -1;
  if (index < 0) throw new Error(`no open choice after ${play.join(',')}`);
  return index;
};

/** The room votes by keys: three for `option`, one for another open option (or none). */
async function voteKeys(page: Page, model: PlayModel, play: number[], option: number) {
  const digit = String(option + 1);
  for (const k of [digit, digit, digit]) await page.keyboard.press(k);
  const other = model.state(play).scene?.choices.findIndex((c, i) => c.open && i !== option) ?? -1;
  if (other >= 0) await page.keyboard.press(String(other + 1));
}

describe('workshop room: one scenario with the keyboard only', () => {
  const id = 'just-squeeze-it-in';
  const model = modelOf(id);

  test('countdown closes the vote, tallies hidden until the reveal, G and N move on, agreements reach a recap that prints and copies', async () => {
    const { context, page, problems } = await openPage(browser, `/workshop/${id}/`, {
      viewport: { width: 1280, height: 720 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.clock.install();
    await page.reload();
    await page.locator('#ws-scene-h').waitFor();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });

    // the skip link is the second stop on the page and lands on the current decision
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(W.skipToDecision);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ws-current');

    // ? lists every key, G and N among them; Escape closes it and focus comes back
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: W.keysHeading });
    await dialog.waitFor();
    for (const [key, what] of W.keys) {
      await dialog.getByText(key, { exact: true }).waitFor();
      await dialog.getByText(what, { exact: true }).waitFor();
    }
    await shoot(page, 'keys-1280');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ws-current');

    const play: number[] = [];
    let n = 0;
    while (model.state(play).scene) {
      n++;
      const option = firstOpen(model, play);
      const label = model.state(play).scene?.choices[option]?.label ?? '';
      await page.locator('.ws-step').getByText(W.decision(n), { exact: true }).waitFor();
      if (n === 1) {
        // H hides the tallies: votes are recorded, the split is not shown
        await page.keyboard.press('h');
        await voteKeys(page, model, play, option);
        await page.locator('.ws-step').getByText(W.talliesHiddenTotal(4), { exact: true }).waitFor();
        expect(
          await page
            .locator('.ws-step')
            .getByText(W.splitLine(letter(option), 3, 75))
            .count(),
        ).toBe(0);
        // T starts the countdown; when it runs out the vote closes and the status says so
        await page.keyboard.press('t');
        await page.locator('.ws-clock').getByText(W.timerLeft('2:00')).waitFor();
        await page.clock.runFor(61_000);
        await page.locator('[role="status"]').getByText(W.timerMinute, { exact: true }).waitFor();
        await page.clock.runFor(60_000);
        await page.locator('[role="status"]').getByText(W.timerUpClosed, { exact: true }).waitFor();
        await page.locator('.ws-closed').waitFor();
        await shoot(page, 'vote-closed-1280');
        await page.keyboard.press(String(option + 1)); // closed: no vote counts
        await page.locator('.ws-step').getByText(W.talliesHiddenTotal(4), { exact: true }).waitFor();
      } else {
        await voteKeys(page, model, play, option);
      }
      // G goes with the room; the reveal shows the split
      await page.keyboard.press('g');
      await page
        .locator('#ws-reveal-h')
        .getByText(W.roomChose(letter(option), label))
        .waitFor();
      // the split shows at the reveal, hidden tallies or not
      await page
        .locator('.ws-reveal .ws-split')
        .getByText(new RegExp(`^${letter(option)}: 3 votes`))
        .waitFor();
      play.push(option);
      await page.keyboard.press('n');
    }
    const ending = model.state(play).ending;
    expect(ending).toBeDefined();
    await page
      .locator('#ws-ending-h')
      .getByText(ending?.title ?? '', { exact: true })
      .waitFor();

    // agreements and actions, typed; the recap copies as Markdown and prints
    await page.locator('#ws-agreements').focus();
    await page.keyboard.type('We say what is not done at the Sprint Review\nSales hears a forecast, not a promise');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ws-actions');
    await page.keyboard.type('Ines: share the forecast with Sales by Friday');
    await page.locator('button.ws-copy-recap').focus();
    await page.keyboard.press('Enter');
    await page.getByText(W.copied, { exact: true }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`## ${W.recapAgreements}\n\n- We say what is not done at the Sprint Review\n`);
    expect(markdown).toContain('- Sales hears a forecast, not a promise');
    expect(markdown).toContain(`## ${W.recapActions}\n\n- Ines: share the forecast with Sales by Friday`);
    expect(markdown).toContain(`**${W.recapEnding}:** ${ending?.title}`);
    expect(markdown.match(/^\d+\. /gm)?.length).toBe(play.length);
    await shoot(page, 'ending-notes-1280');

    await page.locator('button.ws-print-recap').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBe('recap');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ws-recap').isVisible()).toBe(true);
    expect(await page.locator('.ws-handout').isVisible()).toBe(false);
    expect(
      await page
        .locator('.ws-recap')
        .getByText(ending?.title ?? '', { exact: false })
        .count(),
    ).toBe(1);
    await page.emulateMedia({ media: null });
    expect(await printedPages(page, 'recap')).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBeUndefined();

    // the notes survive a reload; the welcome-back notice dismissed once stays dismissed
    await page.reload();
    await page.locator('#ws-ending-h').waitFor();
    expect(await page.locator('#ws-agreements').inputValue()).toContain('Sales hears a forecast');
    const notice = page.locator('.ws-notice').filter({ hasText: 'Welcome back' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await notice.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ws-ending-h');
    await page.reload();
    await page.locator('#ws-ending-h').waitFor();
    expect(await page.locator('.ws-notice').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  test('at 1280×720 in full screen the question, every option and the room controls are in view', async () => {
    const { context, page } = await openPage(browser, `/workshop/${id}/`, { viewport: { width: 1280, height: 720 } });
    await page.locator('#ws-scene-h').waitFor();
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await shoot(page, 'fullscreen-1280-first');
    const inView = async (selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
        }),
      );
    expect(await inView('.ws-option')).toEqual(model.state([]).scene?.choices.map(() => true));
    expect(await inView('button.ws-go')).toEqual([true]);
    // the pinned tally never covers the last option's vote buttons
    const lastPm = await page.locator('.ws-option .ws-pm').last().boundingBox();
    const tally = await page.locator('.ws-tally').boundingBox();
    expect((lastPm?.y ?? 0) + (lastPm?.height ?? 0)).toBeLessThanOrEqual(tally?.y ?? 0);
    expect(await inView('.ws-timer')).toEqual([true]);
    expect(await inView('.ws-vote-opts')).toEqual([true]);
    for (const [theme, scheme] of [
      ['light', 'light'],
      ['dark', 'dark'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, `fullscreen-1280-${theme}`);
    }
    await context.close();
  });

  test('at 375 px the console fits the width, light and dark', async () => {
    const { context, page } = await openPage(browser, `/workshop/${id}/`, { viewport: { width: 375, height: 800 } });
    await page.locator('#ws-scene-h').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, `console-375-${scheme}`);
    }
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('workshop room: both sides of a pair in one session', () => {
  const first = 'just-squeeze-it-in';
  const models = { [first]: modelOf(first) } as Record<string, PlayModel>;
  const other = models[first]?.scenario.otherSide ?? '';
  models[other] = modelOf(other);

  test('the halves take turns, the joint debrief shows both paths and what each side could not see, and the recap prints', async () => {
    const { context, page, problems } = await openPage(browser, `/workshop/${first}/`, {
      viewport: { width: 1280, height: 800 },
    });
    // started from the single console of either side
    await page.getByRole('link', { name: W.splitStart }).click();
    await page.waitForURL(`**/workshop/${first}/both/`);
    await page.locator('#ws-scene-h').waitFor();
    await page.evaluate(() => {
      window.print = () => {};
    });
    const plays: Record<string, number[]> = { [first]: [], [other]: [] };
    const titles = Object.fromEntries(Object.entries(models).map(([k, m]) => [k, m.scenario.title]));
    let turns = 0;
    while (models[first]?.state(plays[first] ?? []).scene || models[other]?.state(plays[other] ?? []).scene) {
      turns++;
      const deciding = page.locator('.ws-half[data-active="true"]');
      const title = flat((await deciding.locator('.ws-half-title').textContent()) ?? '');
      const side = Object.keys(titles).find((k) => titles[k] === title) ?? '';
      const model = models[side] as PlayModel;
      const play = plays[side] as number[];
      if (turns === 1) expect(side).toBe(first);
      const option = firstOpen(model, play);
      await page
        .locator('#ws-scene-h')
        .getByText(model.state(play).scene?.moment ?? '', { exact: true })
        .waitFor();
      if (turns === 2) await shoot(page, 'split-1280');
      await voteKeys(page, model, play, option);
      await page.keyboard.press('g');
      await page.locator('#ws-reveal-h').waitFor();
      play.push(option);
      await page.keyboard.press('n');
      const otherSide = side === first ? other : first;
      // the turn passes to the other half while it still has decisions to make
      if (models[otherSide]?.state(plays[otherSide] ?? []).scene)
        await page
          .locator('.ws-half[data-active="true"] .ws-half-title')
          .getByText(titles[otherSide] ?? '')
          .waitFor();
      if (turns > 60) throw new Error('the split room never finished');
    }
    await page.locator('#ws-ending-h').getByText(W.splitDebrief, { exact: true }).waitFor();
    for (const [id, model] of Object.entries(models)) {
      const ending = model.state(plays[id] ?? []).ending;
      await page
        .locator('.ws-joint-side')
        .getByText(ending?.title ?? '', { exact: false })
        .first()
        .waitFor();
      const note = flat(model.scenario.otherSideNote ?? '');
      const blind = await page.locator('.ws-blind p').allTextContents();
      expect(blind.map(flat)).toContain(note);
    }
    expect(await page.locator('.ws-joint-side .ws-path > li').count()).toBe(
      (plays[first]?.length ?? 0) + (plays[other]?.length ?? 0),
    );
    await page.locator('#ws-agreements').fill('Sales and the team meet before Sprint Planning');
    await shoot(page, 'split-debrief-1280');
    await page.locator('button.ws-print-recap').click();
    const pages = await printedPages(page, 'recap-split');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  test('the guide says how to run both sides and links the split room', async () => {
    const { context, page } = await openPage(browser, `/workshop/${other}/guide/`);
    await page.getByRole('link', { name: W.splitStart }).click();
    await page.waitForURL(`**/workshop/${other}/both/`);
    await page
      .locator('.ws-half[data-active="true"] .ws-half-title')
      .getByText(models[other]?.scenario.title ?? '')
      .waitFor();
    await context.close();
  });
});

describe('never vanish: a piece that cannot load says so and offers to try again', () => {
  test('the player’s ending chunk fails once: the player stays, says so, and Try again brings the ending', async () => {
    const id = 'just-squeeze-it-in';
    const model = modelOf(id);
    const { context, page } = await openPage(browser, `/scenarios/${id}/`);
    let failed = 0;
    await page.route(/EndingView\.[\w-]+\.js/, (route) => {
      if (failed++ === 0) return route.abort('internetdisconnected');
      return route.continue();
    });
    await page.locator('.sp-choice').first().waitFor();
    const play: number[] = [];
    while (model.state(play).scene) {
      const option = firstOpen(model, play);
      await page.locator('.sp-choice').nth(option).click();
      play.push(option);
    }
    const alert = page.getByRole('alert').filter({ hasText: W.failedEnding });
    await alert.waitFor();
    // the player stays, with the learner's path, rather than vanishing
    expect(await page.locator('section.sp').isVisible()).toBe(true);
    await alert.getByRole('button', { name: W.retry }).click();
    await page
      .locator('#sp-ending-h')
      .getByText(model.state(play).ending?.title ?? '', { exact: true })
      .waitFor();
    expect(failed).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  test('the console’s code cannot load: the page says so instead of an empty space, and Try again loads it', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let offline = true;
    await page.route(/WorkshopConsole\.[\w-]+\.js/, (route) =>
      offline ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(siteUrl('/workshop/just-squeeze-it-in/'));
    const alert = page.getByRole('alert').filter({ hasText: W.failedConsole });
    await alert.waitFor({ timeout: 10_000 });
    await shoot(page, 'console-failed');
    offline = false;
    await alert.getByRole('button', { name: W.retry }).click();
    await page.locator('#ws-scene-h').waitFor();
    expect(await page.getByText(W.failedConsole).isVisible()).toBe(false);
    await context.close();
  });
});
