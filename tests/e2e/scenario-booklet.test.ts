import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { conditionText, variantsOf } from '../../src/scenarios';
import { launchBrowser, openPage } from './support';
import { findLocked, visibleText } from './support-scenarios';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('scenario booklet', () => {
  test('booklet renders and its links work with JavaScript disabled, along a route past a locked choice', async () => {
    // The first scenario with a locked choice, followed through the booklet along a route that meets it and passes a
    // scene whose text has variants.
    const {
      story: s,
      route,
      before,
      locked,
    } = findLocked('on a route through a scene with text variants', ({ story: s, route }) =>
      s
        .at(route.choices)
        .steps.some((step) => typeof s.scenario.scenes.find((x) => x.id === step.scene)?.situation !== 'string'),
    );
    const { scenario } = s;
    // Without JavaScript the scenario page says why there is no player and leads to the booklet, a page of its own.
    const { context, page } = await openPage(browser, `/scenarios/${s.id}/`, { javaScriptEnabled: false });
    // (Playwright's text locators skip <noscript>, so the message is found by its class and read)
    const needsJs = page.locator('.needs-js');
    expect(await needsJs.isVisible()).toBe(true);
    expect(await needsJs.textContent()).toBe(
      'The interactive player needs JavaScript, which is off in this browser. The booklet tells the same story.',
    );
    await page.getByRole('link', { name: 'Read it as a booklet' }).click();
    await page.waitForURL(`**/scenarios/${s.id}/booklet/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(s.scenario.title);
    expect(await page.getByRole('heading', { name: 'Choose your path (printable version)' }).isVisible()).toBe(true);
    expect(await page.locator('button.sp-choice').count()).toBe(0);
    expect(await page.locator('[data-scenario-booklet] section[id^="scene-"]').count()).toBe(scenario.scenes.length);
    const hash = () => decodeURIComponent(new URL(page.url()).hash);
    const steps = s.at(route.choices).steps;
    let variantsSeen = 0;
    for (const [n, step] of steps.entries()) {
      const scene = scenario.scenes.find((x) => x.id === step.scene);
      if (!scene) throw new Error(`no scene ${step.scene}`);
      const section = page.locator(`#${s.anchor(scene.id)}`);
      expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe(
        `Scene ${scenario.scenes.indexOf(scene) + 1}: ${scene.moment}`,
      );
      if (scene.predict) expect(await section.getByText('Before you choose:').isVisible()).toBe(true);
      // every variant of the situation, each under the condition that shows it
      if (typeof scene.situation !== 'string') {
        const blocks = section.locator('.situation');
        expect(await blocks.count()).toBe(scene.situation.length);
        for (const [i, v] of variantsOf(scene.situation).entries()) {
          const heading =
            v.label ?? (v.when ? `If ${conditionText(v.when, scenario.meters, scenario.facts)}:` : 'Otherwise:');
          expect(await blocks.nth(i).textContent()).toBe(`${heading}${visibleText(v.text)}`);
        }
        variantsSeen++;
      }
      const choices = section.locator('.booklet-choices > li');
      if (n === before.length)
        expect(await choices.nth(locked.index).locator('.condition').allTextContents()).toEqual([
          `Open only if ${locked.needs}.`,
        ]);
      const taken = scene.choices[step.choice];
      expect(await choices.nth(step.choice).locator('.cite').allTextContents()).toEqual(
        taken?.cites ? [`Scrum Guide 2020: ${taken.cites}`] : [],
      );
      await section.getByRole('link', { name: step.label, exact: true }).click();
      expect(hash()).toBe(`#${s.anchor(taken?.next ?? '')}`);
      // checkpoints route on: follow the rule that holds for this route ("Otherwise" is the last line)
      for (const hop of step.checkpoints) {
        const rules = page.locator(`#${s.anchor(hop.checkpoint)} li`);
        const rule = hop.rule >= 0 ? rules.nth(hop.rule) : rules.last();
        if (hop.rule < 0) expect(await rule.textContent()).toMatch(/^Otherwise: /);
        await rule.getByRole('link').click();
        expect(hash()).toBe(`#${s.anchor(hop.next)}`);
      }
    }
    expect(variantsSeen, 'the route passes a scene whose text depends on what happened').toBeGreaterThan(0);
    const ending = page.locator(`#${s.anchor(route.ending)}`);
    expect(await ending.getByRole('heading', { level: 3 }).textContent()).toBe(`Ending: ${s.title(route.ending)}`);
    expect(await ending.getByRole('heading', { name: 'Debrief questions' }).isVisible()).toBe(true);
    const learnMore = scenario.endings.find((e) => e.id === route.ending)?.learnMore ?? [];
    expect(learnMore.length).toBeGreaterThan(0);
    expect(await ending.getByRole('listitem').getByRole('link').count()).toBe(learnMore.length);
    await context.close();
  });
});
