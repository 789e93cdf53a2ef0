import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPlayModel } from '../../src/scenarios';
import { loadScenario } from '../unit/scenarios/load';
import { launchBrowser, sharedPage } from './support';

// Every scenario of the library plays end to end in a real browser, in the player and in the workshop console, along
// a route the engine predicts (a different pick at each decision, so routes differ from the stories' first
// options): the ending on screen is the one the play module says that route reaches.

const ids = readdirSync('content/scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

/** A route through the scenario: at decision n, the open choice at position n mod (open choices). */
function predictedRoute(id: string) {
  const model = createPlayModel(loadScenario(`content/scenarios/${id}.yaml`));
  let play: number[] = [];
  const labels: string[] = [];
  for (let n = 0; n < 50; n++) {
    const state = model.state(play);
    if (state.ending) return { play, labels, ending: state.ending.title };
    const open = state.scene?.choices.filter((c) => c.open) ?? [];
    const pick = open[n % open.length];
    if (!pick) throw new Error(`${id}: no open choice at ${state.scene?.id}`);
    labels.push(pick.label);
    play = model.choose(play, pick.index);
  }
  throw new Error(`${id}: no ending after 50 decisions`);
}

let browser: Browser;
let shared: ReturnType<typeof sharedPage>;
beforeAll(async () => {
  browser = await launchBrowser();
  shared = sharedPage(browser);
});
afterAll(async () => {
  await shared?.close();
  await browser?.close();
});
describe.each(ids)('%s', (id) => {
  const route = predictedRoute(id);

  test('plays to its predicted ending in the player', async () => {
    const { page, problems } = await shared.open(`/scenarios/${id}/`);
    for (const label of route.labels) {
      await page.locator('#sp-scene-h').waitFor();
      await page.locator('button.sp-choice').filter({ hasText: label }).first().click();
    }
    await page.locator('#sp-ending-h').waitFor();
    expect(await page.locator('#sp-ending-h').textContent()).toBe(route.ending);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('plays to the same ending in the workshop console, the room voting at every decision', async () => {
    const { page, problems } = await shared.open(`/workshop/${id}/`);
    for (const index of route.play) {
      await page.locator('#ws-scene-h').waitFor();
      await page.keyboard.press(String(index + 1));
      await page.locator('button.ws-go').click();
      await page.locator('button.ws-next').click();
    }
    await page.locator('#ws-ending-h').waitFor();
    expect(await page.locator('#ws-ending-h').textContent()).toContain(route.ending);
    expect(problems.consoleErrors).toEqual([]);
  });
});
