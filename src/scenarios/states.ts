import { compileScenario, pureTransitions, type ScenarioMachine } from './machine';
import type { Decision, Meters, PlayContext, Scenario } from './types';

/** Upper bound on reachable states, so a runaway scenario fails verification instead of hanging the build. */
export const STATE_LIMIT = 200_000;

/** One reachable state of a play: node + meters + facts + the hidden "broke a rule" flag. */
export interface ReachableState {
  key: string;
  node: string;
  meters: Meters;
  facts: string[];
  broke: boolean;
  /** True when the node is an ending. */
  done: boolean;
  /** Choices out of this state (scenes only): the open ones lead somewhere, the locked ones do not. */
  moves: Move[];
}

/** One choice out of a state. */
export interface Move {
  index: number;
  /** Key of the state it leads to, or null when the choice is locked here. */
  to: string | null;
  /** The decision as the machine recorded it (meters before/after, facts, checkpoint hops); null when locked. */
  decision: Decision | null;
}

/** The map of every reachable state of a scenario, from the compiled machine. */
export interface StateMap {
  start: string;
  states: Map<string, ReachableState>;
}

/** Key of a state (history left out: two routes to one node with equal meters, facts and flag are one state). */
export function keyOf(node: string, context: Pick<PlayContext, 'meters' | 'facts' | 'broke'>): string {
  return `${node}|${Object.values(context.meters).join(',')}|${context.facts.join(',')}|${context.broke ? 1 : 0}`;
}

/** Thrown when a scenario has more reachable states than STATE_LIMIT. */
export class TooManyStates extends Error {}

/**
 * Breadth-first walk over the compiled machine's pure transition function: every reachable state and every choice
 * out of it. Each transition starts from a snapshot with an empty history, so the recorded decision is exactly
 * the one just made (with the checkpoint rules that fired after it).
 */
export function reachableStates(scenario: Scenario, machine: ScenarioMachine = compileScenario(scenario)): StateMap {
  const sceneById = new Map(scenario.scenes.map((s) => [s.id, s]));
  const step = pureTransitions(machine);
  const first = step.initial();
  type Snap = typeof first;
  const states = new Map<string, ReachableState>();
  const snaps = new Map<string, Snap>();
  const add = (snap: Snap): string => {
    const node = String(snap.value);
    const key = keyOf(node, snap.context);
    if (!states.has(key)) {
      if (states.size >= STATE_LIMIT) throw new TooManyStates(`more than ${STATE_LIMIT} reachable states`);
      const { meters, facts, broke } = snap.context;
      states.set(key, { key, node, meters, facts, broke, done: snap.status === 'done', moves: [] });
      snaps.set(key, snap);
      queue.push(key);
    }
    return key;
  };
  const queue: string[] = [];
  const start = add(first);
  for (let head = 0; head < queue.length; head++) {
    const key = queue[head] as string;
    const state = states.get(key) as ReachableState;
    const scene = sceneById.get(state.node);
    if (!scene) continue;
    const snap = snaps.get(key) as Snap;
    scene.choices.forEach((_, index) => {
      const next = step.next(snap, { type: 'choice.select', index });
      const decision =
        next.context.history.length > snap.context.history.length ? next.context.history.at(-1) : undefined;
      if (!decision) {
        state.moves.push({ index, to: null, decision: null });
        return;
      }
      state.moves.push({ index, to: add(next), decision });
    });
    snaps.delete(key);
  }
  return { start, states };
}
