import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage, siteUrl, tabTo } from './support';
import {
  factVariantPlay,
  findLocked,
  firstOpen,
  firstOpenRoute,
  goodRoute,
  labelsOf,
  type Story,
  story,
} from './support-scenarios';
import { downloadFrom } from './support-storage';

// Every label clicked and every heading, variant and ending expected comes from the scenario file through the play
// module (support-scenarios.ts); the words of the player itself are the site's, written out here.
const squeeze = story('just-squeeze-it-in');
const path = '/scenarios/just-squeeze-it-in/';
const key = 'stl:scenario:v1:just-squeeze-it-in';
const good = goodRoute(squeeze);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const sceneHeading = (page: Page) => page.locator('#sp-scene-h');
const endingHeading = (page: Page) => page.locator('#sp-ending-h');
const choice = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true });
const endingsFound = (s: Story, n: number) => `${n} of ${s.scenario.endings.length} endings found`;
/** Clicks the choices of `play` from `from` on, by their visible labels. */
async function play(page: Page, s: Story, choices: readonly number[], from = 0) {
  for (const label of labelsOf(s, choices).slice(from)) await choice(page, label).click();
}
/** The player hydrates when it comes near the screen: on a phone the learner scrolls down to it. */
async function scrollToPlayer(page: Page) {
  await page.locator('.player-slot').scrollIntoViewIfNeeded();
  await sceneHeading(page).waitFor();
}

describe('scenario player', () => {
  for (const id of ['just-squeeze-it-in', 'done-mostly']) {
    test(`learner plays ${id} to an ending with the keyboard alone`, async () => {
      const s = story(id);
      const route = firstOpenRoute(s); // Tab from the heading reaches the first open choice
      const { context, page, problems } = await openPage(browser, `/scenarios/${id}/`);
      await sceneHeading(page).waitFor();
      // no ending is laid out below the player: the booklet is a page of its own, one link away
      expect(await page.locator('[data-scenario-booklet]').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Read it as a booklet' }).getAttribute('href')).toMatch(
        new RegExp(`/scenarios/${id}/booklet/$`),
      );
      expect(await sceneHeading(page).textContent(), 'the scene is headed by its moment').toBe(s.at([]).scene?.moment);
      for (let n = 1; n <= route.length; n++) {
        await tabTo(page, 'button.sp-choice:not([aria-disabled="true"])', 60);
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(labelsOf(s, route)[n - 1]);
        await page.keyboard.press('Enter');
        const here = s.at(route.slice(0, n));
        const heading = here.ending ? '#sp-ending-h' : '#sp-scene-h';
        await page.locator(heading).waitFor();
        expect(await focusedId(page), `focus after decision ${n}`).toBe(heading.slice(1));
        expect(await page.locator(heading).textContent()).toBe(here.ending?.title ?? here.scene?.moment);
        // what the choice did, with the Guide section it rests on
        const last = page.locator('.sp-last');
        expect(await last.getByRole('heading', { name: 'After your last choice' }).isVisible()).toBe(true);
        const step = here.steps[n - 1];
        expect(await last.locator('.sp-cite').allTextContents()).toEqual(
          step?.cites ? [`Scrum Guide 2020: ${step.cites}`] : [],
        );
      }
      // the ending's learn-more links, which come with the story file, each to its page
      const reached = s.at(route).ending;
      const more = s.scenario.endings.find((e) => e.id === reached?.id)?.learnMore ?? [];
      expect(more.length, 'the ending has learn-more links').toBeGreaterThan(0);
      const hrefs = await page
        .locator('.sp-ending')
        .getByRole('listitem')
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const ref of more)
        expect(
          hrefs.some((h) => h?.includes(ref.split('/').at(-1) ?? ref)),
          ref,
        ).toBe(true);
      expect(await page.getByRole('heading', { name: 'Your path' }).isVisible()).toBe(true);
      expect(await page.getByRole('img', { name: 'Map of the scenario' }).isVisible()).toBe(true);
      expect(await page.getByText(endingsFound(s, 1)).isVisible()).toBe(true);
      for (let n = 1; n <= route.length; n++)
        expect(
          await page.getByRole('button', { name: `Go back to decision ${n} and choose differently` }).count(),
        ).toBe(1);
      // Reaching an ending counts the scenario as done in the learner's site-wide progress.
      expect(await page.getByRole('button', { name: 'Mark as done' }).getAttribute('aria-pressed')).toBe('true');
      // A scenario told from another seat too is offered at the ending, with what that seat knew.
      const otherSide = page.locator('.sp-ending aside').filter({
        has: page.getByRole('heading', { name: 'Play it from the other side' }),
      });
      const other = s.scenario.otherSide;
      if (other) {
        const link = otherSide.getByRole('link', {
          name: `“${story(other).scenario.title}” tells the same situation from another seat.`,
        });
        expect(await otherSide.getByText(s.scenario.otherSideNote?.trim() ?? '').isVisible()).toBe(true);
        await link.click();
        await page.waitForURL(siteUrl(`/scenarios/${other}/`));
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(story(other).scenario.title);
        const back = page.getByRole('complementary').filter({ hasText: 'Play it from the other side' });
        expect(await back.getByRole('link').getAttribute('href')).toMatch(new RegExp(`/scenarios/${id}/$`));
      } else expect(await otherSide.count()).toBe(0);
      await page.goto(siteUrl('/progress/'));
      expect(await page.locator(`li[data-ref="scenarios/${id}"] [data-status]`).textContent()).toBe('Done');
      expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
      await context.close();
    });
  }

  test('learner resumes an interrupted scenario after reload, with the story as their choices left it', async () => {
    // a play that set a fact, stopped at a scene whose text that fact changes
    const { play: before, text, otherwise } = factVariantPlay(squeeze, 2);
    expect(text, 'the variant differs from the default text').not.toBe(otherwise);
    const n = before.length + 1;
    const { context, page } = await openPage(browser, path);
    await sceneHeading(page).waitFor();
    await play(page, squeeze, before);
    expect(await page.getByText(`Decision ${n}`, { exact: true }).isVisible()).toBe(true);
    await page.reload();
    await sceneHeading(page).waitFor();
    expect(await page.getByText(`Decision ${n}`, { exact: true }).isVisible()).toBe(true);
    expect(await sceneHeading(page).textContent()).toBe(squeeze.at(before).scene?.moment);
    expect(await page.locator('.sp-situation').textContent()).toBe(text);
    expect(await page.getByText('Welcome back: you are where you left off.').isVisible()).toBe(true);
    await context.close();
  });

  test('learner goes back to decision 2, chooses differently, meets a locked choice and finds a second ending', async () => {
    // The first scenario with a lock at decision 3 or later on a route that leaves another at decision 2.
    let first: number[] = [];
    const {
      story: s,
      route,
      before,
      locked,
    } = findLocked(
      'at decision 3 or later on a route that differs at decision 2 from one to another ending',
      ({ story: s, route, before }) => {
        if (before.length < 2) return false;
        const other = s.routes.find(
          (r) => r.choices[0] === route.choices[0] && r.choices[1] !== route.choices[1] && r.ending !== route.ending,
        );
        first = other?.choices ?? [];
        return other !== undefined;
      },
    );
    const { context, page } = await openPage(browser, `/scenarios/${s.id}/`);
    await sceneHeading(page).waitFor();
    await play(page, s, first);
    await endingHeading(page).waitFor();
    await page.getByRole('button', { name: 'Go back to decision 2 and choose differently' }).click();
    await sceneHeading(page).waitFor();
    expect(await page.getByText('Decision 2', { exact: true }).isVisible()).toBe(true);
    expect(await sceneHeading(page).textContent()).toBe(s.at(first.slice(0, 1)).scene?.moment);
    expect(await focusedId(page)).toBe('sp-scene-h');
    await play(page, s, before, 1);
    const lockedButton = choice(page, locked.label);
    expect(await lockedButton.getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByText(`Locked: this opens only when ${locked.needs}.`, { exact: true }).isVisible()).toBe(
      true,
    );
    await lockedButton.focus(); // still reachable by keyboard, so its reason can be read
    await page.keyboard.press('Enter');
    expect(
      await page.getByText(`Decision ${before.length + 1}`, { exact: true }).isVisible(),
      'a locked choice does nothing',
    ).toBe(true);
    await play(page, s, route.choices, before.length);
    expect(await endingHeading(page).textContent()).toBe(s.title(route.ending));
    expect(await page.getByText(`2 of ${s.scenario.endings.length} endings found`).isVisible()).toBe(true);
    await context.close();
  });

  test('a corrupt saved record is reported and kept aside, not dropped', async () => {
    const { context: ctx, page } = await openPage(browser, '/');
    await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"scene":'), key);
    await page.goto(page.url().replace(/\/$/, path));
    await sceneHeading(page).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'was damaged' });
    expect(await notice.isVisible()).toBe(true);
    expect(await page.getByText('Decision 1', { exact: true }).isVisible()).toBe(true);
    const copy = await downloadFrom(page, () =>
      notice.getByRole('button', { name: 'Download the set-aside copy' }).click(),
    );
    expect(copy).toBe('{"version":1,"scene":');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByText('was damaged').count()).toBe(0);
    await play(page, squeeze, [firstOpen(squeeze, [])]);
    expect(await page.getByText('Decision 2', { exact: true }).isVisible()).toBe(true);
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
    const damaged = `["${squeeze.at(good).ending?.id}", 7`;
    const { context: ctx, page } = await openPage(browser, '/');
    await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [endingsKey, damaged]);
    await page.goto(page.url().replace(/\/$/, path));
    await sceneHeading(page).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'list of endings found' });
    expect(await notice.isVisible()).toBe(true);
    const copy = await downloadFrom(page, () =>
      notice.getByRole('button', { name: 'Download the set-aside copy' }).click(),
    );
    expect(copy).toBe(damaged);
    await play(page, squeeze, good);
    await endingHeading(page).waitFor();
    expect(await endingHeading(page).textContent()).toBe(squeeze.at(good).ending?.title);
    expect(await page.getByText(endingsFound(squeeze, 1)).isVisible()).toBe(true);
    await ctx.close();
  });

  test('the player has no axe violations mid-scenario or at the ending, at 320 px, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await openPage(browser, path, {
        colorScheme,
        viewport: { width: 320, height: 800 },
        reducedMotion: 'reduce',
      });
      await scrollToPlayer(page);
      await play(page, squeeze, good.slice(0, 2));
      expect(await axeViolations(page), `mid-scenario, ${colorScheme}`).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'no sideways scrolling',
      ).toBeLessThanOrEqual(320);
      await play(page, squeeze, good, 2);
      await endingHeading(page).waitFor();
      expect(await axeViolations(page), `ending, ${colorScheme}`).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'no sideways scrolling',
      ).toBeLessThanOrEqual(320);
      await context.close();
    }
  });
});
