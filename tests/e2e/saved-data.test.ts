import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emptyProgress, PROGRESS_VERSION } from '../../src/stores/learner-progress';
import { axeViolations, launchBrowser, openPage, siteUrl } from './support';
import { firstOpenRoute, labelsOf, letter, openChoices, story } from './support-scenarios';
import { blockStorage, downloadedText, downloadFrom, fillStorage } from './support-storage';

// Saved data under stress: a full quota mid-play, blocked storage, two tabs of one browser, and imports.
const scenario = '/scenarios/just-squeeze-it-in/';
const workshop = '/workshop/just-squeeze-it-in/';
const progressKey = 'stl:scenario:v1:just-squeeze-it-in';
const cannotSave = /can't be saved in this browser right now/;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const squeeze = story('just-squeeze-it-in');
// a route's first three choices, by the labels the learner clicks (from the scenario file through the play module)
const route = firstOpenRoute(squeeze);
const [first, second, third] = labelsOf(squeeze, route) as [string, string, string];
const decision = (page: Page, n: number) => page.locator('.sp-scene').getByText(`Decision ${n}`, { exact: true });
const choose = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true }).click();

describe('saved data in the scenario player', () => {
  test('storage fills up mid-play: the learner is told once, can download the play, and a reload keeps the last save', async () => {
    const { context, page, problems } = await openPage(browser, scenario);
    await decision(page, 1).waitFor();
    await choose(page, first);
    await decision(page, 2).waitFor();
    await fillStorage(page);
    await choose(page, second);
    await decision(page, 3).waitFor();
    const alert = page.getByRole('alert').filter({ hasText: cannotSave });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Your progress can't be saved in this browser right now");
    const file = await downloadFrom(page, () => alert.getByRole('button', { name: 'Download it now' }).click());
    expect(JSON.parse(file)).toMatchObject({ scenario: 'just-squeeze-it-in', choices: route.slice(0, 2) });
    expect(await axeViolations(page)).toEqual([]);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await choose(page, third); // play goes on in memory, and the message does not come back
    await decision(page, 4).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.reload();
    await decision(page, 2).waitFor();
    expect(await page.getByText('Welcome back: you are where you left off.').isVisible()).toBe(true);
    expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });

  test('two tabs: the older tab follows the newer one instead of rewinding it', async () => {
    const { context, page: newer } = await openPage(browser, scenario);
    const older = await context.newPage();
    await older.goto(siteUrl(scenario));
    await decision(older, 1).waitFor();
    await decision(newer, 1).waitFor();
    await choose(newer, first);
    await choose(newer, second);
    await decision(newer, 3).waitFor();
    // the older tab hears about it and shows where the newer one is
    await decision(older, 3).waitFor({ timeout: 5000 });
    expect(await older.getByText(/played on in another tab/).isVisible()).toBe(true);
    await choose(older, third);
    await decision(newer, 4).waitFor({ timeout: 5000 });
    const saved = await newer.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), progressKey);
    expect(saved.choices).toHaveLength(3);
    await newer.reload();
    await decision(newer, 4).waitFor();
    await context.close();
  });
});

describe('saved data in the workshop console', () => {
  test('two tabs: a vote in one console does not wipe a decision made in the other', async () => {
    // tab A: the room takes the first open option at decision 1; tab B: one vote at decision 2
    const chosen = route[0] as number;
    const voted = openChoices(squeeze, [chosen])[0]?.index as number;
    const zeros = (n: number) => Array.from({ length: n }, () => 0);
    const votes = zeros(squeeze.at([]).scene?.choices.length ?? 0).map((v, i) => (i === chosen ? 3 : v));
    const pending = zeros(squeeze.at([chosen]).scene?.choices.length ?? 0).map((v, i) => (i === voted ? 1 : v));
    const { context, page: a } = await openPage(browser, workshop);
    const b = await context.newPage();
    await b.goto(siteUrl(workshop));
    await b.locator('#ws-scene-h').waitFor();
    await a.locator('#ws-scene-h').waitFor();
    for (let i = 0; i < 3; i++) await a.keyboard.press(String(chosen + 1));
    await a.locator('button.ws-go').click();
    await a.locator('#ws-reveal-h').waitFor();
    await a.locator('button.ws-next').click();
    await a.locator('.ws-step').getByText('Decision 2', { exact: true }).waitFor();
    await b.locator('.ws-step').getByText('Decision 2', { exact: true }).waitFor({ timeout: 5000 });
    await b.keyboard.press(String(voted + 1));
    await a
      .locator('.ws-step')
      .getByText(`${letter(voted)}: 1 vote (100%)`, { exact: true })
      .waitFor({ timeout: 5000 });
    const stored = await a.evaluate(() =>
      JSON.parse(localStorage.getItem('stl:workshop:v1:just-squeeze-it-in') ?? '{}'),
    );
    expect(stored).toMatchObject({ decisions: [{ choice: chosen, votes }], pending });
    await context.close();
  });
});

describe('saved data on the progress page', () => {
  const record = (extra: object = {}) => ({
    version: 1,
    visited: {
      '/roles/product-owner/': '2026-01-05T09:00:00.000Z',
      '/events/daily-scrum/': '2026-01-06T09:00:00.000Z',
    },
    done: { 'roles/product-owner': '2026-01-05T09:30:00.000Z', 'events/daily-scrum': '2026-01-06T09:30:00.000Z' },
    ...extra,
  });
  const importFile = (page: Page, name: string, text: string) =>
    page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const message = (page: Page) => page.locator('[data-progress-message]');
  const status = (page: Page, ref: string) => page.locator(`li[data-ref="${ref}"] [data-status]`).textContent();

  test('imports: not JSON, newer, an empty record asked about, cancelled, then confirmed with the old kept aside', async () => {
    const { context, page, problems } = await openPage(browser, '/');
    const old = JSON.stringify(record());
    await page.evaluate((text) => localStorage.setItem('stl:progress', text), old);
    // a scenario play the player set aside a while ago is listed too, by what it is
    await page.evaluate(() => localStorage.setItem('stl:scenario:v1:done-mostly:set-aside:1764000000000-1', '{"a":1}'));
    await page.goto(siteUrl('/progress/'));
    expect(await status(page, 'roles/product-owner')).toBe('Done');

    await importFile(page, 'notes.json', 'Dear diary, today I learned Scrum.');
    await expect
      .poll(() => message(page).textContent())
      .toBe('That file is not a progress record: it is not JSON at all. Nothing was changed.');
    await importFile(
      page,
      'future.json',
      JSON.stringify({ version: PROGRESS_VERSION + 1, visited: {}, done: {}, badges: [] }),
    );
    await expect
      .poll(() => message(page).textContent())
      .toBe('That file comes from a newer version of this site, which this one cannot read. Nothing was changed.');

    const empty = JSON.stringify({ version: 1, visited: {}, done: {} });
    await importFile(page, 'empty.json', empty);
    const ask = page.getByRole('group', { name: /This file holds 0 pages done and 0 visited/ });
    await ask.waitFor();
    expect(await ask.textContent()).toContain('this browser holds 2 pages done and 2 visited');
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await message(page).textContent()).toBe('Nothing was changed.');
    expect(await status(page, 'roles/product-owner')).toBe('Done');
    expect(await page.evaluate(() => localStorage.getItem('stl:progress'))).toBe(old);

    await importFile(page, 'empty.json', empty);
    await ask.getByRole('button', { name: 'Replace my progress' }).click();
    expect(await message(page).textContent()).toMatch(
      /^Progress loaded from the file\. Your earlier record was kept aside/,
    );
    expect(await status(page, 'roles/product-owner')).toBe('Not yet');
    const kept = page.getByRole('region', { name: 'Earlier records kept aside' });
    // newest first: the progress record just kept aside, then the older play of "Done, mostly"
    expect(await kept.locator('li > span').allTextContents()).toEqual([
      expect.stringMatching(/^Your progress · Set aside on /),
      expect.stringMatching(/^Your play of “Done, mostly” · Set aside on /),
    ]);
    const copy = await downloadFrom(page, () =>
      kept.getByRole('button', { name: /^Download: Your progress · Set aside on / }).click(),
    );
    expect(copy).toBe(old);
    const [play] = await Promise.all([
      page.waitForEvent('download'),
      kept.getByRole('button', { name: /^Download: Your play of “Done, mostly”/ }).click(),
    ]);
    expect(play.suggestedFilename()).toBe('scrum-trust-lab-scenario-done-mostly-set-aside.json');
    expect(await downloadedText(play)).toBe('{"a":1}');
    // The learner may delete a copy they have kept, and only after saying yes.
    const remove = kept.getByRole('button', { name: /^Delete: Your progress · Set aside on / });
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await remove.click();
    expect(asked[0]).toMatch(
      /^Delete this copy \(Your progress · Set aside on .+\) for good\? It cannot be brought back/,
    );
    expect(await remove.count()).toBe(1);
    page.once('dialog', (d) => void d.accept());
    await remove.click();
    await expect.poll(() => message(page).textContent()).toBe('The copy was deleted.');
    expect(await kept.locator('li').count()).toBe(1);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':set-aside:')))).toEqual([
      'stl:scenario:v1:done-mostly:set-aside:1764000000000-1',
    ]);
    expect(await page.evaluate(() => localStorage.getItem('stl:progress'))).not.toBeNull();
    expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });

  test('a last place pointing off-site never becomes a "Welcome back" or resume link', async () => {
    const { context, page } = await openPage(browser, '/');
    const hostile = JSON.stringify(
      record({ last: { path: '//other-host/x/', title: 'Elsewhere', at: '2026-01-07T00:00:00Z' } }),
    );
    await page.evaluate((text) => localStorage.setItem('stl:progress', text), hostile);
    await page.reload();
    expect(await page.locator('a[href*="other-host"]').count()).toBe(0);
    await page.goto(siteUrl('/progress/'));
    expect(await page.locator('a[href*="other-host"]').count()).toBe(0);
    await context.close();
  });

  test('blocked storage: the progress page says nothing can be saved, offers a download, and an import says it was not saved', async () => {
    const context = await browser.newContext();
    await context.addInitScript(blockStorage);
    const page = await context.newPage();
    await page.goto(siteUrl('/progress/'));
    const alert = page.getByRole('alert').filter({ hasText: cannotSave });
    await alert.waitFor();
    const file = await downloadFrom(page, () => alert.getByRole('button', { name: 'Download it now' }).click());
    expect(JSON.parse(file)).toEqual(emptyProgress());
    await importFile(page, 'p.json', JSON.stringify(record()));
    await expect
      .poll(() => message(page).textContent())
      .toMatch(/^The file is a valid record, but this browser would not save it/);
    expect(await status(page, 'roles/product-owner')).toBe('Done');
    await context.close();
  });
});
