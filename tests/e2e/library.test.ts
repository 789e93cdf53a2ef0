import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { axeViolations, launchBrowser, openPage } from './support';

// A trainer picks scenarios for a course: by the seat the learner plays, by event, by topic and by length; pairs
// show as "play both sides"; the coverage page shows every behaviour of the source articles practised somewhere.

interface ScenarioFile {
  title: string;
  seat: string;
  otherSide?: string;
  endings: { id: string }[];
}
const scenarios = Object.fromEntries(
  readdirSync('content/scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(`content/scenarios/${f}`, 'utf8')) as ScenarioFile]),
);
const ids = Object.keys(scenarios);
const titlesWhere = (keep: (s: ScenarioFile) => boolean) =>
  ids
    .filter((id) => keep(scenarios[id] as ScenarioFile))
    .map((id) => scenarios[id]?.title)
    .sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the scenario library', () => {
  test('a trainer filters by seat, sees pairs together, shares the filtered list, and a tampered filter shows all', async () => {
    const { context, page, problems } = await openPage(browser, '/scenarios/');
    const visibleTitles = async () =>
      (await page.locator('[data-scenario-card]:visible h2').allTextContents()).map((t) => t.trim()).sort();
    expect(await visibleTitles()).toEqual(titlesWhere(() => true));
    expect(await page.getByText(`Showing ${ids.length} of ${ids.length} scenarios.`).isVisible()).toBe(true);

    // Each pair sits in one group headed "Play both sides".
    const pairs = ids.filter((id) => scenarios[id]?.otherSide).length / 2;
    expect(pairs).toBeGreaterThanOrEqual(4);
    const groups = page.locator('.group.pair');
    expect(await groups.count()).toBe(pairs);
    for (let i = 0; i < pairs; i++) {
      const titles = await groups.nth(i).locator('h2').allTextContents();
      const [a, b] = titles.map((t) => ids.find((id) => scenarios[id]?.title === t.trim()));
      expect(scenarios[a ?? '']?.otherSide).toBe(b);
    }

    await page.getByLabel('You play').selectOption('product-owner');
    expect(await visibleTitles()).toEqual(titlesWhere((s) => s.seat === 'product-owner'));
    const shown = titlesWhere((s) => s.seat === 'product-owner').length;
    expect(await page.getByText(`Showing ${shown} of ${ids.length} scenarios.`).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('seat')).toBe('product-owner');

    // The address reproduces the list; a value that is not an option is ignored, not an empty page.
    await page.goto(page.url());
    expect(await visibleTitles()).toEqual(titlesWhere((s) => s.seat === 'product-owner'));
    await page.goto(page.url().replace('seat=product-owner', 'seat=%3Cscript%3E'));
    expect(await visibleTitles()).toEqual(titlesWhere(() => true));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('cards show the endings this browser has found, counting only endings the scenario has', async () => {
    const { context, page } = await openPage(browser, '/scenarios/');
    const id = 'done-mostly';
    const endings = scenarios[id]?.endings.map((e) => e.id) ?? [];
    await page.evaluate(
      ([key, found]) =>
        localStorage.setItem(key, JSON.stringify({ version: 1, scenario: 'done-mostly', endings: found })),
      [`stl:scenario-endings:v1:${id}`, [endings[0], endings[1], 'an-ending-from-an-older-version']] as const,
    );
    await page.reload();
    const card = page.locator(`[data-scenario-card="${id}"]`);
    expect(await card.getByText(`Endings found: 2 of ${endings.length}`).isVisible()).toBe(true);
    // Looking is all the index does: the stored record is left exactly as it was.
    expect(await page.evaluate((k) => localStorage.getItem(k), `stl:scenario-endings:v1:${id}`)).toContain(
      'an-ending-from-an-older-version',
    );
    await context.close();
  });

  test('the coverage page shows every behaviour of the source articles practised, each linked to its scenarios', async () => {
    const { context, page } = await openPage(browser, '/scenarios/coverage/');
    expect(await page.getByText('10 of 10 practised').isVisible()).toBe(true);
    expect(await page.getByText('8 of 8 practised').isVisible()).toBe(true);
    expect(await page.getByText('No scenario yet').count()).toBe(0);
    const row = page.locator('tr#pushing-to-commit');
    expect((await row.locator('a').allTextContents()).sort()).toEqual(
      [scenarios['just-squeeze-it-in']?.title, scenarios['the-date-sales-gave']?.title].sort(),
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('every page a scenario touches links back to it', async () => {
    const touching = ids.filter((id) =>
      (parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')) as { touches: string[] }).touches.includes(
        'events/sprint-review',
      ),
    );
    const { context, page } = await openPage(browser, '/events/sprint-review/');
    const section = page.getByRole('region', { name: 'Practise it in a scenario' });
    const linked = await section.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const id of touching) expect(linked, id).toContain(`/scenarios/${id}/`);
    await context.close();
  });
});
