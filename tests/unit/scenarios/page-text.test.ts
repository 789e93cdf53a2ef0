import { describe, expect, test } from 'vitest';
import { forPlayerOnPage, textKey, withHtmlProse, withProseFrom } from '../../../src/scenarios';
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

describe('the scenario page sends each text once', () => {
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
