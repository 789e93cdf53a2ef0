import { createActor, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import { compileScenario, type ScenarioMachine } from './machine';
import type { PlayEvent, Scenario } from './types';

/** A snapshot of a compiled scenario machine. */
export type PlaySnapshot = SnapshotFrom<ScenarioMachine>;

/** Upper bound on traversal steps, so a runaway scenario fails verification instead of hanging the build. */
export const TRAVERSAL_LIMIT = 50_000;

/** The current state key of a snapshot (the scene, checkpoint or ending id). */
export function stateKey(snapshot: { value: unknown }): string {
  return String(snapshot.value);
}

/** Every choice event the current scene offers (guards decide which are taken). */
export function choiceEvents(scenario: Scenario, snapshot: { value: unknown }): PlayEvent[] {
  const scene = scenario.scenes.find((s) => s.id === stateKey(snapshot));
  return scene ? scene.choices.map((_, index) => ({ type: 'choice.select', index })) : [];
}

/** Traversal options shared by path enumeration and verification: only choices, state = node + meters. */
export function traversalOptions(scenario: Scenario) {
  return {
    events: (snapshot: PlaySnapshot) => choiceEvents(scenario, snapshot),
    filterEvents: (_: PlaySnapshot, event: { type: string }): boolean => event.type === 'choice.select',
    // History is left out on purpose: two routes to the same scene with the same meters are one vertex, which keeps
    // loops finite. Replay a path's events (replayChoices) to get its exact history.
    serializeState: (snapshot: PlaySnapshot) => JSON.stringify([snapshot.value, snapshot.context.meters]),
    limit: TRAVERSAL_LIMIT,
  };
}

/** Every reachable (node, meters) state and its choice transitions. */
export function adjacencyOf(scenario: Scenario, machine: ScenarioMachine = compileScenario(scenario)) {
  return getAdjacencyMap(machine, traversalOptions(scenario));
}

/** One complete play-through: the choice indexes made, in order. */
export interface ScenarioPath {
  choices: number[];
  ending: string;
}

/** Enumerates every simple path from the start to an ending (xstate/graph getSimplePaths). */
export function enumeratePaths(
  scenario: Scenario,
  machine: ScenarioMachine = compileScenario(scenario),
): ScenarioPath[] {
  const paths = getSimplePaths(machine, {
    ...traversalOptions(scenario),
    toState: (s: PlaySnapshot): boolean => s.status === 'done',
  });
  return paths.map((path) => ({
    // steps[0] is the init step; the rest are the learner's choices
    choices: path.steps.slice(1).map((step) => (step.event.type === 'choice.select' ? step.event.index : -1)),
    ending: stateKey(path.state),
  }));
}

/** Result of replaying choices on a fresh actor. */
export type ReplayResult =
  | { ok: true; snapshot: PlaySnapshot }
  | { ok: false; snapshot: PlaySnapshot; failedAt: number };

/** Replays choice indexes from the start; stops at the first choice the scenario no longer accepts. */
export function replayChoices(
  scenario: Scenario,
  choices: readonly number[],
  machine: ScenarioMachine = compileScenario(scenario),
): ReplayResult {
  const actor = createActor(machine).start();
  for (const [i, index] of choices.entries()) {
    const event: PlayEvent = { type: 'choice.select', index };
    if (!actor.getSnapshot().can(event)) {
      const snapshot = actor.getSnapshot();
      actor.stop();
      return { ok: false, snapshot, failedAt: i };
    }
    actor.send(event);
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { ok: true, snapshot };
}

/** A started actor that has already replayed these choices (use loadProgress/replayChoices to validate them first). */
export function startPlay(machine: ScenarioMachine, choices: readonly number[] = []) {
  const actor = createActor(machine).start();
  for (const index of choices) actor.send({ type: 'choice.select', index });
  return actor;
}

/** The actor type the player drives. */
export type PlayActor = ReturnType<typeof startPlay>;
