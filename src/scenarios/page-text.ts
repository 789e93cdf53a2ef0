// The scenario page sends the player the story's structure without its texts, plus the texts of the opening scene;
// every text of the story, by key, is in a file of its own (/scenarios/<id>/text.json) that the player fetches when
// the learner starts to play or resumes a saved play. Two kinds of text travel that way: the prose (situations,
// feedback, outcomes: Markdown rendered to HTML), which the booklet marks with the same keys, and the words (scene
// moments, prompts, choice labels, checkpoint questions, ending titles and debrief questions, what facts mean).
import type { Condition, Scenario, Text } from './types';

/** Keys of the texts, variant by variant for prose (a plain text is variant 0). */
export const textKey = {
  situation: (scene: string, variant: number) => `situation:${scene}:${variant}`,
  feedback: (scene: string, choice: number, variant: number) => `feedback:${scene}:${choice}:${variant}`,
  outcome: (ending: string, variant: number) => `outcome:${ending}:${variant}`,
  moment: (scene: string) => `moment:${scene}`,
  predict: (scene: string) => `predict:${scene}`,
  reflect: (scene: string) => `reflect:${scene}`,
  label: (scene: string, choice: number) => `label:${scene}:${choice}`,
  question: (checkpoint: string) => `question:${checkpoint}`,
  title: (ending: string) => `title:${ending}`,
  debrief: (ending: string, index: number) => `debrief:${ending}:${index}`,
  means: (fact: string) => `means:${fact}`,
};

type MapFn = (text: string, key: string) => string;

/** Maps every variant of a text (a plain text is variant 0), keeping its shape. */
function mapText(text: Text, f: (text: string, variant: number) => string): Text {
  return typeof text === 'string' ? f(text, 0) : text.map((v, i) => ({ ...v, text: f(v.text, i) }));
}

/** Maps every prose text of a scenario with its key. */
function mapProse<T extends Scenario>(scenario: T, f: MapFn): T {
  return {
    ...scenario,
    scenes: scenario.scenes.map((s) => ({
      ...s,
      situation: mapText(s.situation, (t, v) => f(t, textKey.situation(s.id, v))),
      choices: s.choices.map((c, i) => ({
        ...c,
        feedback: mapText(c.feedback, (t, v) => f(t, textKey.feedback(s.id, i, v))),
      })),
    })),
    endings: scenario.endings.map((e) => ({
      ...e,
      outcome: mapText(e.outcome, (t, v) => f(t, textKey.outcome(e.id, v))),
    })),
  };
}

/** Maps every short text of a scenario (the words) with its key; optional ones stay absent when absent. */
function mapWords<T extends Scenario>(scenario: T, f: MapFn): T {
  return {
    ...scenario,
    facts: scenario.facts.map((fact) => ({ ...fact, means: f(fact.means, textKey.means(fact.id)) })),
    scenes: scenario.scenes.map((s) => ({
      ...s,
      moment: f(s.moment, textKey.moment(s.id)),
      ...(s.predict === undefined ? {} : { predict: f(s.predict, textKey.predict(s.id)) }),
      ...(s.reflect === undefined ? {} : { reflect: f(s.reflect, textKey.reflect(s.id)) }),
      choices: s.choices.map((c, i) => ({ ...c, label: f(c.label, textKey.label(s.id, i)) })),
    })),
    checkpoints: scenario.checkpoints.map((cp) => ({ ...cp, question: f(cp.question, textKey.question(cp.id)) })),
    endings: scenario.endings.map((e) => ({
      ...e,
      title: f(e.title, textKey.title(e.id)),
      debrief: e.debrief.map((d, i) => f(d, textKey.debrief(e.id, i))),
    })),
  };
}

/** Maps every text of a scenario, prose and words, with its key. */
const mapTexts = <T extends Scenario>(scenario: T, f: MapFn): T => mapWords(mapProse(scenario, f), f);

/**
 * What the player island needs of a scenario on the page: the structure (ids, targets, effects, conditions, facts
 * set, meters) with every text left empty (see storyTexts and openingTexts), without what only the page, the
 * library or the workshop use.
 */
export function forPlayerOnPage(scenario: Scenario): Scenario {
  const { facilitation: _f, behaviours: _b, otherSideNote: _n, ...rest } = scenario;
  return mapTexts({ ...rest, summary: '', outcomes: [], keywords: [], touches: [] }, () => '');
}

/**
 * The scenario with its texts read back by key. Keys that `read` cannot find are returned in `missing` and their
 * texts stay as they were (empty on the page's copy).
 */
export function withProseFrom(
  scenario: Scenario,
  read: (key: string) => string | undefined,
): { scenario: Scenario; missing: string[] } {
  const missing: string[] = [];
  const filled = mapTexts(scenario, (text, key) => {
    const found = read(key);
    if (found === undefined) missing.push(key);
    return found ?? text;
  });
  return { scenario: filled, missing };
}

/** Collects texts by key through a mapping function. */
function collect(scenario: Scenario, map: (scenario: Scenario, f: MapFn) => Scenario): Record<string, string> {
  const texts: Record<string, string> = {};
  map(scenario, (text, key) => {
    texts[key] = text;
    return text;
  });
  return texts;
}

/** Every prose text of a scenario by key: what the booklet marks. */
export const proseOf = (scenario: Scenario): Record<string, string> => collect(scenario, mapProse);

/** Every text of a scenario by key, prose and words: the texts of the file the player fetches. */
export const storyTexts = (scenario: Scenario): Record<string, string> => collect(scenario, mapTexts);

/** Facts a list of conditions reads. */
const factsRead = (conditions: readonly Condition[] | undefined) =>
  (conditions ?? []).flatMap((c) => ('fact' in c ? [c.fact] : 'notFact' in c ? [c.notFact] : []));

/**
 * The texts the player shows before the rest of the story has arrived: the opening scene (its moment, situation,
 * prompt and choice labels) and what the facts mean that its locked choices give as their reason.
 */
export function openingTexts(scenario: Scenario): Record<string, string> {
  const all = storyTexts(scenario);
  const start = scenario.start;
  const scene = scenario.scenes.find((s) => s.id === start);
  const facts = new Set((scene?.choices ?? []).flatMap((c) => factsRead(c.when)));
  const wanted = (key: string) =>
    key.startsWith(`situation:${start}:`) ||
    key.startsWith(`label:${start}:`) ||
    key === textKey.moment(start) ||
    key === textKey.predict(start) ||
    [...facts].some((f) => key === textKey.means(f));
  return Object.fromEntries(Object.entries(all).filter(([key]) => wanted(key)));
}
