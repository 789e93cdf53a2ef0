import type { StateMap } from './states';
import { REQUIRED_METERS } from './structure';
import type { Condition, Scenario, Tone } from './types';

/** A decision is a scene with two or more choices (a single choice is "carry on"). */
export const isDecision = (scene: { choices: unknown[] }) => scene.choices.length >= 2;

/** How one decision reads to a learner who guesses from the wording. */
export interface DecisionGuess {
  scene: string;
  /** Index of the best choice (largest sum of effects on the two trust meters); several when tied. */
  best: number[];
  longest: number;
  shortest: number;
  longestIsBest: boolean;
  shortestIsBest: boolean;
}

/** The numbers the model tests enforce and the writers' checker prints. */
export interface ScenarioStats {
  /** Complete routes (simple paths from the start to an ending). */
  routes: number;
  /** Routes per ending, in file order. */
  byEnding: { id: string; title: string; tone: Tone; routes: number }[];
  byTone: Record<Tone, number>;
  /** Share of routes that end on a tone:good ending (0..1). */
  goodShare: number;
  /** Fewest and most decisions on a complete route. */
  minDecisions: number;
  maxDecisions: number;
  decisions: DecisionGuess[];
  /** Decisions where the longest label is the best choice. */
  longestIsBest: number;
  /** True when the best choice sits in the same position in every decision. */
  samePosition: boolean;
  /** True when at least one decision's best choice is its shortest label. */
  shortestBestSomewhere: boolean;
}

/** Counts routes per ending and decisions per route over the state map (exact; simple paths in acyclic maps). */
function countRoutes(scenario: Scenario, map: StateMap) {
  const sceneById = new Map(scenario.scenes.map((s) => [s.id, s]));
  type Count = { perEnding: Map<string, number>; min: number; max: number };
  const memo = new Map<string, Count>();
  const onStack = new Set<string>();
  let cyclic = false;
  const visit = (key: string): Count => {
    const hit = memo.get(key);
    if (hit) return hit;
    const state = map.states.get(key);
    if (!state) return { perEnding: new Map(), min: Infinity, max: -Infinity };
    if (state.done) {
      const done = { perEnding: new Map([[state.node, 1]]), min: 0, max: 0 };
      memo.set(key, done);
      return done;
    }
    onStack.add(key);
    const counts: Count = { perEnding: new Map(), min: Infinity, max: -Infinity };
    const step = isDecision(sceneById.get(state.node) ?? { choices: [] }) ? 1 : 0;
    for (const move of state.moves) {
      if (move.to === null) continue;
      if (onStack.has(move.to)) {
        cyclic = true;
        continue;
      }
      const sub = visit(move.to);
      for (const [ending, n] of sub.perEnding) counts.perEnding.set(ending, (counts.perEnding.get(ending) ?? 0) + n);
      if (sub.perEnding.size) {
        counts.min = Math.min(counts.min, sub.min + step);
        counts.max = Math.max(counts.max, sub.max + step);
      }
    }
    onStack.delete(key);
    memo.set(key, counts);
    return counts;
  };
  const result = visit(map.start);
  return { ...result, cyclic };
}

/**
 * Route counts per ending and tone, decisions per route, and how guessable each decision is. In a map with loops
 * (a scene you can return to) the counts follow each loop once, like the routes the model tests walk.
 */
export function scenarioStats(scenario: Scenario, map: StateMap): ScenarioStats {
  const counted = countRoutes(scenario, map);
  const routes = [...counted.perEnding.values()].reduce((a, b) => a + b, 0);
  const byEnding = scenario.endings.map((e) => ({
    id: e.id,
    title: e.title,
    tone: e.tone,
    routes: counted.perEnding.get(e.id) ?? 0,
  }));
  const byTone: Record<Tone, number> = { good: 0, mixed: 0, bad: 0 };
  for (const e of byEnding) byTone[e.tone] += e.routes;
  const trust = (effects: Record<string, number>) => REQUIRED_METERS.reduce((sum, m) => sum + (effects[m] ?? 0), 0);
  const decisions: DecisionGuess[] = scenario.scenes.filter(isDecision).map((scene) => {
    const scores = scene.choices.map((c) => trust(c.effects));
    const top = Math.max(...scores);
    const best = scores.flatMap((s, i) => (s === top ? [i] : []));
    const lengths = scene.choices.map((c) => c.label.length);
    const longest = lengths.indexOf(Math.max(...lengths));
    const shortest = lengths.indexOf(Math.min(...lengths));
    return {
      scene: scene.id,
      best,
      longest,
      shortest,
      longestIsBest: best.includes(longest),
      shortestIsBest: best.includes(shortest),
    };
  });
  const positions = new Set(decisions.map((d) => d.best.join('/')));
  return {
    routes,
    byEnding,
    byTone,
    goodShare: routes ? byTone.good / routes : 0,
    minDecisions: counted.min === Infinity ? 0 : counted.min,
    maxDecisions: counted.max === -Infinity ? 0 : counted.max,
    decisions,
    longestIsBest: decisions.filter((d) => d.longestIsBest).length,
    samePosition: decisions.length > 1 && positions.size === 1,
    shortestBestSomewhere: decisions.some((d) => d.shortestIsBest),
  };
}

/** The library's rules on these numbers; each broken rule as a sentence (empty when all hold). */
export function statsProblems(stats: ScenarioStats, scenario: Scenario): string[] {
  const out: string[] = [];
  const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
  if (stats.goodShare > 0.4)
    out.push(`${pct(stats.goodShare)} of the routes end on a good ending; at most 40 % may (good endings are earned).`);
  if (stats.minDecisions < 4)
    out.push(`Some route has only ${stats.minDecisions} decisions; every route needs at least 4.`);
  if (stats.longestIsBest * 3 > stats.decisions.length)
    out.push(
      `In ${stats.longestIsBest} of ${stats.decisions.length} decisions the longest label is the best choice; at most a third may be.`,
    );
  if (stats.samePosition) out.push('The best choice is in the same position in every decision.');
  if (!stats.shortestBestSomewhere)
    out.push('No decision has its best choice as its shortest label; at least one must.');
  const tones = new Set(stats.byEnding.map((e) => e.tone));
  if (stats.byEnding.length < 3 || tones.size < 3)
    out.push('A scenario needs at least 3 endings with all three tones (good, mixed, bad).');
  const readsFact = (when: readonly Condition[] | undefined) => (when ?? []).some((c) => 'fact' in c || 'notFact' in c);
  const readsMeter = (when: readonly Condition[] | undefined) => (when ?? []).some((c) => 'meter' in c);
  const rules = scenario.checkpoints.flatMap((c) => c.routes.map((r) => r.when));
  if (!rules.some(readsFact) || !rules.some(readsMeter))
    out.push('Checkpoints must route by meters and by facts: at least one rule reads a fact and one reads a meter.');
  const texts = [
    ...scenario.scenes.flatMap((s) => [s.situation, ...s.choices.map((c) => c.feedback)]),
    ...scenario.endings.map((e) => e.outcome),
  ];
  if (!texts.some((t) => typeof t !== 'string' && t.some((v) => readsFact(v.when))))
    out.push('At least one fact must change a later text (a variant whose "when" reads a fact).');
  return out;
}
