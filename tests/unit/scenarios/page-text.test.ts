import { describe, expect, test } from 'vitest';
import { forPlayerOnPage, openingProse, proseOf, textKey, withHtmlProse, withProseFrom } from '../../../src/scenarios';
import { loadScenario } from './load';

const scenario = withHtmlProse(loadScenario('content/scenarios/just-squeeze-it-in.yaml'));

/** What the booklet prints: every prose text by its key. */
function bookletTexts() {
  const texts = new Map<string, string>();
  const put = (text: string | { text: string }[], key: (v: number) => string) => {
    if (typeof text === 'string') texts.set(key(0), text);
    else for (const [i, v] of text.entries()) texts.set(key(i), v.text);
  };
  for (const s of scenario.scenes) {
    put(s.situation, (v) => textKey.situation(s.id, v));
    s.choices.forEach((c, i) => {
      put(c.feedback, (v) => textKey.feedback(s.id, i, v));
    });
  }
  for (const e of scenario.endings) put(e.outcome, (v) => textKey.outcome(e.id, v));
  return texts;
}

describe('the scenario page sends the structure; the prose comes by key', () => {
  test('the player gets the structure without the prose, the facilitation or the library fields', () => {
    const slim = forPlayerOnPage(scenario);
    const json = JSON.stringify(slim);
    for (const text of bookletTexts().values()) expect(json).not.toContain(text.slice(0, 40));
    expect(slim.facilitation).toBeUndefined();
    expect(slim.otherSideNote).toBeUndefined();
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(scenario).length / 2);
    // what the player plays from is all still there
    expect(slim.scenes.map((s) => s.choices.map((c) => [c.label, c.next, c.effects, c.when, c.sets]))).toEqual(
      scenario.scenes.map((s) => s.choices.map((c) => [c.label, c.next, c.effects, c.when, c.sets])),
    );
    expect(slim.endings.map((e) => [e.title, e.debrief])).toEqual(scenario.endings.map((e) => [e.title, e.debrief]));
  });

  test('reading the texts back by key from the booklet gives the scenario as rendered', () => {
    const texts = bookletTexts();
    const { scenario: filled, missing } = withProseFrom(forPlayerOnPage(scenario), (key) => texts.get(key));
    expect(missing).toEqual([]);
    expect(filled.scenes).toEqual(scenario.scenes);
    expect(filled.endings).toEqual(scenario.endings);
  });

  test('a text the booklet lacks is named', () => {
    const texts = bookletTexts();
    const gone = textKey.outcome(scenario.endings[0]?.id ?? '', 0);
    texts.delete(gone);
    expect(withProseFrom(forPlayerOnPage(scenario), (key) => texts.get(key)).missing).toEqual([gone]);
  });
});

describe('the prose file and the opening', () => {
  test('the prose file holds every text of the booklet under its key, and nothing else', () => {
    expect(proseOf(scenario)).toEqual(Object.fromEntries(bookletTexts()));
  });

  test("the opening is the first scene's situation alone, and the player shows it without the file", () => {
    const opening = openingProse(scenario);
    const first = scenario.scenes.find((s) => s.id === scenario.start);
    expect(Object.keys(opening)).toEqual([textKey.situation(scenario.start, 0)]);
    expect(opening[textKey.situation(scenario.start, 0)]).toBe(first?.situation);
    const { scenario: filled, missing } = withProseFrom(forPlayerOnPage(scenario), (key) => opening[key]);
    expect(filled.scenes.find((s) => s.id === scenario.start)?.situation).toBe(first?.situation);
    // everything else waits for the file, and is named as missing until then
    expect(missing.length).toBe(bookletTexts().size - 1);
  });

  test('an opening scene with variants sends every variant', () => {
    const varied = scenario.scenes.find((s) => typeof s.situation !== 'string');
    if (!varied || typeof varied.situation === 'string') throw new Error('the scenario has a scene with variants');
    expect(varied.situation.length).toBeGreaterThan(1);
    expect(Object.keys(openingProse({ ...scenario, start: varied.id }))).toEqual(
      varied.situation.map((_, i) => textKey.situation(varied.id, i)),
    );
  });
});
