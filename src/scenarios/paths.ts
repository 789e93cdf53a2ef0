import { createActor, type SnapshotFrom } from 'xstate';
import { compileScenario, pureTransitions, type ScenarioMachine } from './machine';
import { reachableStates, type StateMap } from './states';
import type { Decision, Meters, PlayEvent, Scenario } from './types';

/** Appends to a list in a map of lists. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A snapshot of a compiled scenario machine. */
export type PlaySnapshot = SnapshotFrom<ScenarioMachine>;

/** The current state key of a snapshot (the scene, checkpoint or ending id). */
export function stateKey(snapshot: { value: unknown }): string {
  return String(snapshot.value);
}

/** Every choice event the current scene offers (guards decide which are taken). */
export function choiceEvents(scenario: Scenario, snapshot: { value: unknown }): PlayEvent[] {
  const scene = scenario.scenes.find((s) => s.id === stateKey(snapshot));
  return scene ? scene.choices.map((_, index) => ({ type: 'choice.select', index })) : [];
}

/** One complete route from the start to an ending: the choices made and what the machine recorded. */
export interface ScenarioPath {
  choices: number[];
  ending: string;
  decisions: Decision[];
  meters: Meters;
  facts: string[];
}

/** The result of enumerating routes: the routes, and whether the limit cut the enumeration short. */
export interface Enumeration {
  paths: ScenarioPath[];
  complete: boolean;
}

/**
 * Every simple route (no state visited twice) from the start to an ending, from the state map, up to `limit` routes.
 * Routes are in depth-first order of choice indexes.
 */
export function enumerateRoutes(scenario: Scenario, options: { limit?: number; map?: StateMap } = {}): Enumeration {
  const map = options.map ?? reachableStates(scenario);
  const limit = options.limit ?? 100_000;
  const paths: ScenarioPath[] = [];
  const onPath = new Set<string>();
  const choices: number[] = [];
  const decisions: Decision[] = [];
  let complete = true;
  const walk = (key: string): void => {
    if (!complete) return;
    const state = map.states.get(key);
    if (!state) return;
    if (state.done) {
      if (paths.length >= limit) {
        complete = false;
        return;
      }
      paths.push({
        choices: [...choices],
        ending: state.node,
        decisions: [...decisions],
        meters: state.meters,
        facts: state.facts,
      });
      return;
    }
    onPath.add(key);
    for (const move of state.moves) {
      if (move.to === null || !move.decision || onPath.has(move.to)) continue;
      choices.push(move.index);
      decisions.push(move.decision);
      walk(move.to);
      choices.pop();
      decisions.pop();
    }
    onPath.delete(key);
  };
  walk(map.start);
  return { paths, complete };
}

/** Every simple route to an ending (choices and ending only); for small scenarios and tests. */
export function enumeratePaths(scenario: Scenario): { choices: number[]; ending: string }[] {
  return enumerateRoutes(scenario).paths.map(({ choices, ending }) => ({ choices, ending }));
}

/**
 * A small set of complete routes that together take every open choice in every reachable state at least once
 * (shortest way in, the move, shortest way out): what the model tests walk when the routes are too many.
 */
export function coveringRoutes(scenario: Scenario, map: StateMap = reachableStates(scenario)): number[][] {
  // Shortest way in: BFS parents from the start.
  const parent = new Map<string, { from: string; index: number } | null>([[map.start, null]]);
  const order = [map.start];
  for (let i = 0; i < order.length; i++)
    for (const move of map.states.get(order[i] as string)?.moves ?? [])
      if (move.to !== null && !parent.has(move.to)) {
        parent.set(move.to, { from: order[i] as string, index: move.index });
        order.push(move.to);
      }
  const wayIn = (key: string) => {
    const out: number[] = [];
    for (let p = parent.get(key); p; p = parent.get(p.from)) out.unshift(p.index);
    return out;
  };
  // Shortest way out: BFS backwards from every ending.
  const reverse = new Map<string, { from: string; index: number }[]>();
  for (const state of map.states.values())
    for (const move of state.moves)
      if (move.to !== null) push(reverse, move.to, { from: state.key, index: move.index });
  const next = new Map<string, { to: string; index: number } | null>();
  const queue: string[] = [];
  for (const state of map.states.values())
    if (state.done) {
      next.set(state.key, null);
      queue.push(state.key);
    }
  for (let i = 0; i < queue.length; i++)
    for (const r of reverse.get(queue[i] as string) ?? [])
      if (!next.has(r.from)) {
        next.set(r.from, { to: queue[i] as string, index: r.index });
        queue.push(r.from);
      }
  const wayOut = (key: string) => {
    const out: number[] = [];
    for (let n = next.get(key); n; n = next.get(n.to)) out.push(n.index);
    return out;
  };
  const routes = new Map<string, number[]>();
  for (const state of map.states.values())
    for (const move of state.moves) {
      if (move.to === null || !next.has(move.to)) continue;
      const route = [...wayIn(state.key), move.index, ...wayOut(move.to)];
      routes.set(route.join(','), route);
    }
  return [...routes.values()];
}

/** Result of replaying choices. */
export type ReplayResult =
  | { ok: true; snapshot: PlaySnapshot }
  | { ok: false; snapshot: PlaySnapshot; failedAt: number };

/** Replays choice indexes from the start; stops at the first choice the scenario does not accept. */
export function replayChoices(
  scenario: Scenario,
  choices: readonly number[],
  machine: ScenarioMachine = compileScenario(scenario),
): ReplayResult {
  const step = pureTransitions(machine);
  let snapshot = step.initial();
  for (const [i, index] of choices.entries()) {
    const next = step.next(snapshot, { type: 'choice.select', index });
    if (next.context.history.length === snapshot.context.history.length) return { ok: false, snapshot, failedAt: i };
    snapshot = next;
  }
  return { ok: true, snapshot };
}

/** A started actor that has already replayed these choices (validate them first with replayChoices). */
export function startPlay(machine: ScenarioMachine, choices: readonly number[] = []) {
  const actor = createActor(machine).start();
  for (const index of choices) actor.send({ type: 'choice.select', index });
  return actor;
}

/** The actor type a view may drive. */
export type PlayActor = ReturnType<typeof startPlay>;
