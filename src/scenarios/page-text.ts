// The scenario page sends the player the story's structure without its prose, plus the prose of the opening scene;
// every prose text of the story, by key, is a file of its own (/scenarios/<id>/text.json) that the player fetches
// when the learner starts to play or resumes a saved play. The booklet, on a page of its own, marks each text with
// the same key.
import type { Scenario, Text } from './types';

/** Keys of the prose texts, variant by variant (a plain text is variant 0). */
export const textKey = {
  situation: (scene: string, variant: number) => `situation:${scene}:${variant}`,
  feedback: (scene: string, choice: number, variant: number) => `feedback:${scene}:${choice}:${variant}`,
  outcome: (ending: string, variant: number) => `outcome:${ending}:${variant}`,
};

/** Maps every variant of a text (a plain text is variant 0), keeping its shape. */
function mapText(text: Text, f: (text: string, variant: number) => string): Text {
  return typeof text === 'string' ? f(text, 0) : text.map((v, i) => ({ ...v, text: f(v.text, i) }));
}

/** Maps every prose text of a scenario with its key. */
function mapProse<T extends Scenario>(scenario: T, f: (text: string, key: string) => string): T {
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

/**
 * What the player island needs of a scenario: the structure, labels and short texts, without the prose (left empty;
 * see proseOf) and without what only the page, the library or the workshop use.
 */
export function forPlayerOnPage(scenario: Scenario): Scenario {
  const { facilitation: _f, behaviours: _b, otherSideNote: _n, ...rest } = scenario;
  return mapProse({ ...rest, summary: '', outcomes: [], keywords: [], touches: [] }, () => '');
}

/**
 * The scenario with its prose read back by key (from the booklet's elements). Keys that `read` cannot find are
 * returned in `missing` and their texts stay empty.
 */
export function withProseFrom(
  scenario: Scenario,
  read: (key: string) => string | undefined,
): { scenario: Scenario; missing: string[] } {
  const missing: string[] = [];
  const filled = mapProse(scenario, (_, key) => {
    const html = read(key);
    if (html === undefined) missing.push(key);
    return html ?? '';
  });
  return { scenario: filled, missing };
}

/** Every prose text of a scenario by key (the file the player fetches). */
export function proseOf(scenario: Scenario): Record<string, string> {
  const texts: Record<string, string> = {};
  mapProse(scenario, (text, key) => {
    texts[key] = text;
    return text;
  });
  return texts;
}

/** The prose the player shows before the rest of the story has arrived: the opening scene's situation. */
export function openingProse(scenario: Scenario): Record<string, string> {
  const all = proseOf(scenario);
  const prefix = `situation:${scenario.start}:`;
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(prefix)));
}
