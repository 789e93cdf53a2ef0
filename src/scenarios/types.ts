import type { ScenarioData } from '../schemas/scenario';

/** A parsed scenario (the content collection's data); the engine never sees raw YAML. */
export type Scenario = ScenarioData;
/** One scene of a scenario. */
export type Scene = Scenario['scenes'][number];
/** One choice inside a scene. */
export type Choice = Scene['choices'][number];
/** One checkpoint (meter-based fork). */
export type Checkpoint = Scenario['checkpoints'][number];
/** One ending. */
export type Ending = Scenario['endings'][number];
/** One meter definition. */
export type Meter = Scenario['meters'][number];
/** One meter test. */
export type Condition = { meter: string; atLeast?: number | undefined; atMost?: number | undefined };
/** Current meter values by meter id. */
export type Meters = Record<string, number>;

/** One decision the learner made: where, which choice, and the meters before and after it. */
export interface Decision {
  scene: string;
  choice: number;
  before: Meters;
  after: Meters;
}

/** The machine's context: all of it plain JSON so snapshots persist and graph traversal can serialise them. */
export interface PlayContext {
  meters: Meters;
  history: Decision[];
  /** Scene to return to after step.back / decision.revisit (read by the rewind router). */
  cursor: string;
}

/** Every event the scenario machine accepts, in domain.verb form. */
export type PlayEvent =
  | { type: 'choice.select'; index: number }
  | { type: 'step.back' }
  | { type: 'decision.revisit'; decision: number }
  | { type: 'scenario.restart' };

/** What kind of node an id names. */
export type NodeKind = 'scene' | 'checkpoint' | 'ending';
