// The engine's own types. The schema (src/schemas/scenario.ts) produces values of these types; the engine never
// imports the schema, so the dependency runs one way: content → schema → engine.

/** The 2020 Scrum Guide's own section names: the closed list for a choice's `cites` and `breaks`. */
export const GUIDE_SECTIONS = [
  'Scrum Definition',
  'Scrum Theory',
  'Transparency',
  'Inspection',
  'Adaptation',
  'Scrum Values',
  'Scrum Team',
  'Developers',
  'Product Owner',
  'Scrum Master',
  'Scrum Events',
  'The Sprint',
  'Sprint Planning',
  'Daily Scrum',
  'Sprint Review',
  'Sprint Retrospective',
  'Scrum Artifacts',
  'Product Backlog',
  'Commitment: Product Goal',
  'Sprint Backlog',
  'Commitment: Sprint Goal',
  'Increment',
  'Commitment: Definition of Done',
] as const;
/** One section of the 2020 Scrum Guide. */
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** The seats a learner can play. `leader` is a business leader or stakeholder outside the Scrum Team. */
export const SEATS = ['product-owner', 'developer', 'scrum-master', 'leader'] as const;
export type Seat = (typeof SEATS)[number];

/** The tones an ending can have. */
export const TONES = ['good', 'mixed', 'bad'] as const;
export type Tone = (typeof TONES)[number];

/** A test on a meter (one or both bounds). */
export interface MeterCondition {
  meter: string;
  atLeast?: number | undefined;
  atMost?: number | undefined;
}
/** Holds when the fact has been set on this route. */
export interface FactCondition {
  fact: string;
}
/** Holds when the fact has not been set on this route. */
export interface NotFactCondition {
  notFact: string;
}
/** One condition on the state of a play. */
export type Condition = MeterCondition | FactCondition | NotFactCondition;

/** One variant of a text: shown when all its conditions hold; the last variant has none (the default). */
export interface Variant {
  when?: Condition[] | undefined;
  /** Overrides the booklet's "If <fact means>" heading. */
  label?: string | undefined;
  text: string;
}
/** A Markdown text, or variants of it chosen by the state of the play (first match wins). */
export type Text = string | Variant[];

/** A trust measure that choices move. */
export interface Meter {
  id: string;
  label: string;
  start: number;
  min: number;
  max: number;
}

/** A named story fact a choice can set and later conditions can read. */
export interface Fact {
  id: string;
  /** Past-tense clause that completes "If …": "you told Ines on Thursday that the export would not be Done". */
  means: string;
}

/** One option the learner can take in a scene. */
export interface Choice {
  label: string;
  effects: Record<string, number>;
  sets: string[];
  when?: Condition[] | undefined;
  breaks?: GuideSection | undefined;
  feedback: Text;
  cites?: GuideSection | undefined;
  learnMore?: string | undefined;
  next: string;
}

/** One situation the learner faces. */
export interface Scene {
  id: string;
  /** The heading: when and what ("Monday, 9:30: Sprint Planning"), never a person's name. */
  moment: string;
  /** Cast ids of the people in the room (the learner is implied). */
  present: string[];
  /** Cast id of who speaks in this scene. */
  speaker?: string | undefined;
  situation: Text;
  predict?: string | undefined;
  reflect?: string | undefined;
  choices: Choice[];
}

/** One routing rule of a checkpoint. */
export interface Route {
  when: Condition[];
  next: string;
}

/** An invisible fork that routes by meters and facts. */
export interface Checkpoint {
  id: string;
  /** Its name on the map when the id cannot spell it; otherwise the id as words (checkpointLabel). */
  label?: string | undefined;
  question: string;
  routes: Route[];
  otherwise: string;
}

/** One way the story can end. */
export interface Ending {
  id: string;
  title: string;
  tone: Tone;
  outcome: Text;
  debrief: string[];
  learnMore: string[];
}

/** Material for running the scenario as a workshop. */
export interface Facilitation {
  goal: string;
  groupSize: { min: number; max: number };
  minutes: number;
  timePlan: { minutes: number; step: string }[];
  materials: string[];
  setup: string;
  /** A discussion prompt per scene id. */
  prompts: Record<string, string>;
  variations: { room: string; remote: string };
}

/** A parsed scenario: what the engine works on (the schema's output is this type). */
export interface Scenario {
  title: string;
  summary: string;
  seat: Seat;
  playAs?: string | undefined;
  learnerRole: string;
  otherSide?: string | undefined;
  otherSideNote?: string | undefined;
  touches: string[];
  keywords: string[];
  estimatedMinutes: number;
  outcomes: string[];
  behaviours?: string[] | undefined;
  meters: Meter[];
  facts: Fact[];
  start: string;
  scenes: Scene[];
  checkpoints: Checkpoint[];
  endings: Ending[];
  facilitation?: Facilitation | undefined;
}

/** Current meter values by meter id. */
export type Meters = Record<string, number>;

/** Which rule of a checkpoint fired: its index in `routes`, or -1 for `otherwise`. */
export interface Hop {
  checkpoint: string;
  rule: number;
  next: string;
}

/** One decision the learner made: where, which choice, the state before and after it, and the checkpoints it passed. */
export interface Decision {
  scene: string;
  choice: number;
  before: Meters;
  after: Meters;
  /** Facts set before this decision (sorted). */
  factsBefore: string[];
  /** Facts set after it (sorted). */
  facts: string[];
  /** Checkpoints passed after the choice, in order, with the rule that fired at each. */
  hops: Hop[];
}

/** The machine's context: plain JSON so snapshots persist and can be serialised. */
export interface PlayContext {
  meters: Meters;
  /** Facts set on this route, sorted. */
  facts: string[];
  /** True once a choice that breaks a rule of the Guide was taken (the verifier's hidden flag). */
  broke: boolean;
  history: Decision[];
}

/** Every event the scenario machine accepts. */
export type PlayEvent = { type: 'choice.select'; index: number };

/** What kind of node an id names. */
export type NodeKind = 'scene' | 'checkpoint' | 'ending';
