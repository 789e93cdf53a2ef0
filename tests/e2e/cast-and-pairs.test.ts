import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, openPage, siteUrl } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ScenarioFile {
  title: string;
  playAs?: string;
  otherSide?: string;
  otherSideNote?: string;
  scenes: { present?: string[]; speaker?: string }[];
}
/** Every scenario file as written (the page must follow the files, not a list kept by hand). */
const scenarios = readdirSync('content/scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    ...(parse(readFileSync(`content/scenarios/${f}`, 'utf8')) as ScenarioFile),
  }));
const castIds = readdirSync('content/cast')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('the cast page', () => {
  test('each person lists every scenario that names them, marking the ones where the learner plays them', async () => {
    const { context, page, problems } = await openPage(browser, '/cast/', { javaScriptEnabled: false });
    for (const id of castIds) {
      const expected = scenarios
        .filter((s) => s.playAs === id || s.scenes.some((sc) => sc.speaker === id || sc.present?.includes(id)))
        .map((s) => ({ url: siteUrl(`/scenarios/${s.id}/`), title: s.title, played: s.playAs === id }))
        .sort((a, b) => a.title.localeCompare(b.title));
      const listed = await page.locator(`li.person#${id} .appearances > li`).evaluateAll((items) =>
        items.map((li) => {
          const a = li.querySelector('a') as HTMLAnchorElement;
          return { url: a.href, title: a.textContent ?? '', played: /you play them here/.test(li.textContent ?? '') };
        }),
      );
      expect(listed, `the scenarios of ${id}`).toEqual(expected);
    }
    // Ines is in most of the library: she is played in some scenarios and met in others.
    const ines = page.locator('li.person#ines');
    expect(await ines.getByRole('link', { name: 'Just squeeze it in' }).count()).toBe(1);
    expect(await ines.getByText('(you play them here)').count()).toBeGreaterThan(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('perspective pairs in the booklet', () => {
  test('the booklet of a paired scenario offers the other side with what that side knew, without JavaScript', async () => {
    const pairs = scenarios.filter((s) => s.otherSide);
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    for (const s of pairs) {
      const other = scenarios.find((o) => o.id === s.otherSide) as ScenarioFile & { id: string };
      const { context, page } = await openPage(browser, `/scenarios/${s.id}/`, { javaScriptEnabled: false });
      const booklet = page.locator('[data-scenario-booklet]');
      // a block of the booklet under its own heading (the page's header already has the one landmark of that name)
      const aside = booklet.locator('.booklet-node', {
        has: page.getByRole('heading', { name: 'Play it from the other side' }),
      });
      expect(await aside.isVisible(), s.id).toBe(true);
      expect((await aside.textContent())?.replace(/\s+/g, ' ')).toContain(s.otherSideNote?.trim().replace(/\s+/g, ' '));
      const link = aside.getByRole('link', { name: `“${other.title}” tells the same situation from another seat.` });
      expect(await link.getAttribute('href')).toBe(new URL(siteUrl(`/scenarios/${other.id}/`)).pathname);
      await context.close();
    }
  });

  test('a scenario without a pair offers no other side in its booklet', async () => {
    const single = scenarios.find((s) => !s.otherSide) as { id: string };
    const { context, page } = await openPage(browser, `/scenarios/${single.id}/`, { javaScriptEnabled: false });
    expect(await page.locator('[data-scenario-booklet]').getByText('Play it from the other side').count()).toBe(0);
    await context.close();
  });
});

describe('the scenario page sends its prose once', () => {
  test('the player island carries no prose and shows the texts of the booklet on the page', async () => {
    const { context, page, problems } = await openPage(browser, '/scenarios/just-squeeze-it-in/');
    const props = (await page.locator('astro-island').getAttribute('props')) ?? '';
    const situation = (await page.locator('[data-text="situation:the-ask:0"]').textContent())?.trim() ?? '';
    expect(situation.length).toBeGreaterThan(40);
    expect(props).not.toContain(situation.slice(0, 40));
    await page.evaluate(() => document.querySelector('astro-island')?.firstElementChild?.scrollIntoView());
    await page.locator('#sp-scene-h').waitFor();
    expect((await page.locator('.sp-situation').textContent())?.trim()).toBe(situation);
    await page.locator('button.sp-choice:not([aria-disabled="true"])').first().click();
    const feedback = (await page.locator('[data-text="feedback:the-ask:0:0"]').textContent())?.trim() ?? '';
    expect(feedback.length).toBeGreaterThan(20);
    expect(await page.getByText(feedback.slice(0, 60)).first().isVisible()).toBe(true);
    expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });
});
