import { describe, expect, test } from 'vitest';
import {
  forPlayerOnPage,
  openingTexts,
  proseOf,
  type Scenario,
  storyTexts,
  textKey,
  withHtmlProse,
  withProseFrom,
} from '../../../src/scenarios';
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

/** The short texts a learner reads besides the prose: moments, prompts, labels, questions, titles, debriefs. */
function words(s: Scenario) {
  return [
    ...s.facts.map((f) => f.means),
    ...s.scenes.flatMap((scene) => [scene.moment, scene.predict, scene.reflect, ...scene.choices.map((c) => c.label)]),
    ...s.checkpoints.map((c) => c.question),
    ...s.endings.flatMap((e) => [e.title, ...e.debrief]),
  ].filter((t): t is string => t !== undefined && t.length > 0);
}

/** What the player plays from: every rule, with no text in it. */
const rules = (s: Scenario) => ({
  start: s.start,
  meters: s.meters,
  facts: s.facts.map((f) => f.id),
  scenes: s.scenes.map((scene) => [
    scene.id,
    scene.present,
    scene.speaker,
    scene.choices.map((c) => [c.next, c.effects, c.when, c.sets, c.breaks, c.cites, c.learnMore]),
  ]),
  checkpoints: s.checkpoints.map((c) => [c.id, c.label, c.routes, c.otherwise]),
  endings: s.endings.map((e) => [e.id, e.tone, e.debrief.length]),
});

describe('the scenario page sends the rules; every text comes by key', () => {
  test('the player gets the structure with no prose, no words, no facilitation and no library fields', () => {
    const slim = forPlayerOnPage(scenario);
    const json = JSON.stringify(slim);
    for (const text of bookletTexts().values()) expect(json).not.toContain(text.slice(0, 40));
    expect(words(scenario).length).toBeGreaterThan(60);
    for (const text of words(scenario)) expect(json).not.toContain(JSON.stringify(text));
    expect(slim.facilitation).toBeUndefined();
    expect(slim.otherSideNote).toBeUndefined();
    expect(json.length).toBeLessThan(JSON.stringify(scenario).length / 3);
    // the meters are shown from the start, and the rules are all still there
    expect(rules(slim)).toEqual(rules(scenario));
    expect(slim.meters.map((m) => m.label)).toEqual(scenario.meters.map((m) => m.label));
  });

  test('reading every text back by key from the story file gives the scenario as rendered', () => {
    const texts = storyTexts(scenario);
    const { scenario: filled, missing } = withProseFrom(forPlayerOnPage(scenario), (key) => texts[key]);
    expect(missing).toEqual([]);
    expect(filled.scenes).toEqual(scenario.scenes);
    expect(filled.endings).toEqual(scenario.endings);
    expect(filled.checkpoints).toEqual(scenario.checkpoints);
    expect(filled.facts).toEqual(scenario.facts);
  });

  test('a text the file lacks is named, a prose text or a word', () => {
    const texts = storyTexts(scenario);
    const prose = textKey.outcome(scenario.endings[0]?.id ?? '', 0);
    const label = textKey.label(scenario.scenes[1]?.id ?? '', 2);
    delete texts[prose];
    delete texts[label];
    expect(withProseFrom(forPlayerOnPage(scenario), (key) => texts[key]).missing.sort()).toEqual([label, prose].sort());
  });
});

describe('the story file and the opening', () => {
  test('the prose of the story file is every text of the booklet under its key', () => {
    expect(proseOf(scenario)).toEqual(Object.fromEntries(bookletTexts()));
    const texts = storyTexts(scenario);
    for (const [key, text] of bookletTexts()) expect(texts[key]).toBe(text);
    expect(Object.values(texts)).toEqual(expect.arrayContaining(words(scenario)));
  });

  test('the opening is the first scene as the learner sees it before choosing, and nothing else', () => {
    const opening = openingTexts(scenario);
    const first = scenario.scenes.find((s) => s.id === scenario.start);
    if (!first) throw new Error('the scenario has its start scene');
    const { scenario: filled, missing } = withProseFrom(forPlayerOnPage(scenario), (key) => opening[key]);
    const shown = filled.scenes.find((s) => s.id === scenario.start);
    expect(shown?.situation).toEqual(first.situation);
    expect(shown?.moment).toBe(first.moment);
    expect(shown?.predict).toBe(first.predict);
    expect(shown?.choices.map((c) => c.label)).toEqual(first.choices.map((c) => c.label));
    // the feedback comes with the file, as does every other scene and ending
    expect(shown?.choices.map((c) => c.feedback)).toEqual(first.choices.map(() => ''));
    expect(filled.scenes.filter((s) => s.id !== scenario.start).every((s) => s.moment === '')).toBe(true);
    expect(missing.length).toBe(Object.keys(storyTexts(scenario)).length - Object.keys(opening).length);
  });

  test("an opening scene with variants sends every variant, and a locked choice's reason comes with it", () => {
    const varied = scenario.scenes.find((s) => typeof s.situation !== 'string');
    if (!varied || typeof varied.situation === 'string') throw new Error('the scenario has a scene with variants');
    expect(varied.situation.length).toBeGreaterThan(1);
    const keys = Object.keys(openingTexts({ ...scenario, start: varied.id }));
    expect(keys).toEqual(expect.arrayContaining(varied.situation.map((_, i) => textKey.situation(varied.id, i))));
    // a start scene whose choice is open only after a fact: the fact's meaning is the lock's reason, so it comes too
    const fact = scenario.facts[0];
    if (!fact) throw new Error('the scenario declares facts');
    const locked = {
      ...scenario,
      scenes: scenario.scenes.map((s) =>
        s.id === scenario.start
          ? { ...s, choices: s.choices.map((c, i) => (i === 1 ? { ...c, when: [{ fact: fact.id }] } : c)) }
          : s,
      ),
    };
    expect(openingTexts(locked)[textKey.means(fact.id)]).toBe(fact.means);
    expect(Object.keys(openingTexts(scenario)).some((k) => k.startsWith('means:'))).toBe(false);
  });
});
