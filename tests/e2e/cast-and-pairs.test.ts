import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { withHtmlProse } from '../../src/scenarios';
import { loadScenario } from '../unit/scenarios/load';
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
      const { context, page } = await openPage(browser, `/scenarios/${s.id}/booklet/`, { javaScriptEnabled: false });
      const booklet = page.locator('[data-scenario-booklet]');
      // a block of the booklet under its own heading
      const aside = booklet.locator('.booklet-node', {
        has: page.getByRole('heading', { name: 'Play it from the other side' }),
      });
      expect(await aside.isVisible(), s.id).toBe(true);
      expect((await aside.textContent())?.replace(/\s+/g, ' ')).toContain(s.otherSideNote?.trim().replace(/\s+/g, ' '));
      const link = aside.getByRole('link', { name: `“${other.title}” tells the same situation from another seat.` });
      // a reader of the booklet goes on to the other side's booklet
      expect(await link.getAttribute('href')).toBe(new URL(siteUrl(`/scenarios/${other.id}/booklet/`)).pathname);
      await context.close();
    }
  });

  test('a scenario without a pair offers no other side in its booklet', async () => {
    const single = scenarios.find((s) => !s.otherSide) as { id: string };
    const { context, page } = await openPage(browser, `/scenarios/${single.id}/booklet/`, { javaScriptEnabled: false });
    expect(await page.locator('[data-scenario-booklet] .booklet-node').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-scenario-booklet]').getByText('Play it from the other side').count()).toBe(0);
    await context.close();
  });
});

describe('the scenario page carries the opening, the story comes when the learner plays', () => {
  const id = 'just-squeeze-it-in';
  const story = withHtmlProse(loadScenario(`content/scenarios/${id}.yaml`));
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim();
  const first = story.scenes.find((s) => s.id === story.start);
  if (!first || typeof first.situation !== 'string') throw new Error(`${id}: the opening scene has one plain text`);
  const opening = first.situation;
  const choice = first.choices.findIndex((c) => !c.when);
  const taken = first.choices[choice];
  const next = story.scenes.find((s) => s.id === taken?.next);
  const feedback = text(typeof taken?.feedback === 'string' ? taken.feedback : '');
  const nextText = text(typeof next?.situation === 'string' ? next.situation : '');

  test('the page holds only the opening scene; one request brings the rest on the first move', async () => {
    expect(feedback.length, 'a plain feedback on a choice of the opening scene').toBeGreaterThan(20);
    expect(nextText.length, 'the next scene has one plain text').toBeGreaterThan(20);
    const { context, page, problems } = await openPage(browser, `/scenarios/${id}/`);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/text.json')) asked.push(r.url());
    });
    const html = await page.content();
    expect(html).not.toContain(feedback.slice(0, 40).replace(/"/g, '&quot;'));
    expect(html).not.toContain(nextText.slice(0, 40).replace(/"/g, '&quot;'));
    // nor the next scene's heading and choices, nor the endings' titles: every text past the opening comes later
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    for (const t of [
      next?.moment ?? '',
      ...(next?.choices ?? []).map((c) => c.label),
      ...story.endings.map((e) => e.title),
    ])
      expect(html, t).not.toContain(esc(t));
    await page.evaluate(() => document.querySelector('.player-slot')?.scrollIntoView());
    await page.locator('#sp-scene-h').waitFor();
    expect(text((await page.locator('.sp-situation').innerHTML()) ?? '')).toBe(text(opening));
    expect(asked, 'reading the opening scene downloads nothing more').toEqual([]);
    await page.locator('button.sp-choice').nth(choice).click();
    await page.getByText(feedback.slice(0, 60)).first().waitFor();
    expect(await page.getByText(nextText.slice(0, 60)).first().isVisible()).toBe(true);
    expect(await page.locator('#sp-scene-h').textContent()).toBe(next?.moment);
    expect(await page.locator('button.sp-choice').first().textContent()).toContain(
      next?.choices[0]?.label.slice(0, 30),
    );
    expect(asked).toEqual([siteUrl(`/scenarios/${id}/text.json`)]);
    expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });

  test('when the rest of the story cannot load, the learner is told, keeps the choice, and "Try again" brings it', async () => {
    const { context, page } = await openPage(browser, `/scenarios/${id}/`);
    let attempts = 0;
    await context.route('**/text.json', (route) => {
      attempts++;
      return route.abort('internetdisconnected');
    });
    await page.evaluate(() => document.querySelector('.player-slot')?.scrollIntoView());
    await page.locator('#sp-scene-h').waitFor();
    await page.locator('button.sp-choice').nth(choice).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The rest of the story could not load' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Your choices so far are kept.');
    // the choice the learner pressed is gone: the focus lands on the way forward, not on the page's top
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Try again');
    // and nothing asks again by itself (the focused button once set off attempt after attempt)
    await page.waitForTimeout(500);
    expect(attempts).toBe(1);
    // Back one step returns to the opening scene, whose text is on the page
    await alert.getByRole('button', { name: 'Back one step' }).click();
    expect(await page.locator('#sp-scene-h').textContent()).toBe(first.moment);
    expect(await alert.count()).toBe(0);
    await page.locator('button.sp-choice').nth(choice).click();
    await alert.waitFor();
    // the choice is kept: a reload resumes after it, and asks for the story again; a file from another version of
    // the story (a stale cache) is refused the same way rather than showing blank scenes
    // (first a file as an older version of the site wrote it, an object of texts; then one of today's shape that
    // lacks this story's texts)
    await context.unroute('**/text.json');
    await context.route('**/text.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ 'situation:elsewhere:0': '<p>Old</p>' }),
      }),
    );
    await page.reload();
    await page.evaluate(() => document.querySelector('.player-slot')?.scrollIntoView());
    await alert.waitFor();
    await context.unroute('**/text.json');
    await context.route('**/text.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ texts: { 'situation:elsewhere:0': '<p>Old</p>' }, links: {}, otherSide: null }),
      }),
    );
    await alert.getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor();
    expect(await page.getByText(nextText.slice(0, 60)).count()).toBe(0);
    await context.unroute('**/text.json');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByText(nextText.slice(0, 60)).first().waitFor();
    expect(await page.getByText(feedback.slice(0, 60)).first().isVisible()).toBe(true);
    expect(await alert.count()).toBe(0);
    await context.close();
  });
});
