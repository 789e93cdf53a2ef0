import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { GUIDE_SECTIONS, type Scenario, SEATS, TONES, verifyScenario } from '../scenarios';
import { contentObject, pageRefSchema, sentence } from './common';

// The scenario file format v2 (the contract in the writers' brief). Every object is strict: an unknown key fails.

/** Ids of scenes, checkpoints, endings, meters, facts and cast members: lower-case words joined by hyphens. */
const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lower-case words joined by hyphens, such as "ask-the-team"');

const whole = (what: string) =>
  z.number({ error: () => `${what} must be a whole number` }).int(`${what} must be a whole number`);

/** A test on a meter: at least and/or at most a value. */
const meterConditionSchema = contentObject({
  meter: idSchema,
  atLeast: whole('"atLeast"').optional(),
  atMost: whole('"atMost"').optional(),
}).refine((c) => c.atLeast !== undefined || c.atMost !== undefined, {
  message: 'a meter condition needs "atLeast", "atMost" or both',
});
/** Holds when the fact has been set on this route. */
const factConditionSchema = contentObject({ fact: idSchema });
/** Holds when the fact has not been set on this route. */
const notFactConditionSchema = contentObject({ notFact: idSchema });

/** One condition: on a meter, or on a fact being set or not. */
export const conditionSchema = z.union([meterConditionSchema, factConditionSchema, notFactConditionSchema], {
  error: () =>
    'expected a condition: { meter: <id>, atLeast: n } and/or atMost, { fact: <id> } or { notFact: <id> } (nothing else)',
});

/** One or more conditions that must all hold; a single condition may be written without the list. */
const conditionsSchema = z
  .union([conditionSchema, z.array(conditionSchema).min(1)])
  .transform((c) => (Array.isArray(c) ? c : [c]));

/** A Markdown text, or variants chosen by conditions (first match wins; the last, without "when", is the default). */
const textSchema = z.union(
  [
    sentence,
    z
      .array(contentObject({ when: conditionsSchema.optional(), label: sentence.optional(), text: sentence }))
      .min(1, 'a variant list needs at least the default variant'),
  ],
  { error: () => 'expected Markdown text, or a list of variants { when: …, text: … } ending with a plain { text: … }' },
);

/** A section of the 2020 Scrum Guide, by its own name. */
const guideSectionSchema = z.enum(GUIDE_SECTIONS, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a section of the 2020 Scrum Guide; use one of: ${GUIDE_SECTIONS.join(', ')}`,
});

/** A trust measure that choices move. */
export const meterSchema = contentObject({
  id: idSchema,
  label: z.string().trim().min(3),
  start: whole('"start"'),
  min: whole('"min"').default(0),
  max: whole('"max"').default(10),
});

/** A named story fact. */
export const factSchema = contentObject({
  id: idSchema,
  /** Completes "If …": "you told Ines on Thursday that the export would not be Done". */
  means: sentence,
});

/** One option the learner can take in a scene. */
export const choiceSchema = contentObject({
  label: z.string().trim().min(3),
  effects: z.record(idSchema, whole('effects')).default({}),
  sets: z.array(idSchema).default([]),
  when: conditionsSchema.optional(),
  breaks: guideSectionSchema.optional(),
  feedback: textSchema,
  cites: guideSectionSchema.optional(),
  learnMore: pageRefSchema.optional(),
  next: idSchema,
});

/** One situation the learner faces. */
export const sceneSchema = contentObject({
  id: idSchema,
  /** The heading: when and what, never a person's name ("Monday, 9:30: Sprint Planning"). */
  moment: z.string().trim().min(3),
  /** Cast ids of the people in the room. */
  present: z.array(idSchema).default([]),
  speaker: idSchema.optional(),
  situation: textSchema,
  predict: sentence.optional(),
  reflect: sentence.optional(),
  choices: z
    .array(choiceSchema)
    .min(1, 'a scene needs at least one choice (a way on)')
    .max(4, 'a scene has at most 4 choices'),
});

/** One routing rule of a checkpoint. */
export const routeSchema = contentObject({ when: conditionsSchema, next: idSchema });

/** An invisible fork that routes by meters and facts. */
export const checkpointSchema = contentObject({
  id: idSchema,
  /** Its name on the map, when the id cannot spell it ("Tomás comes"); by default the id as words. */
  label: z.string().trim().min(2, 'expected a short name').max(40, 'a map label has at most 40 characters').optional(),
  question: sentence,
  routes: z.array(routeSchema).min(1),
  otherwise: idSchema,
});

/** How an ending should feel. */
export const toneSchema = z.enum(TONES, { error: () => 'expected tone good, mixed or bad' });

/** One way the story can end. */
export const endingSchema = contentObject({
  id: idSchema,
  title: z.string().trim().min(3),
  tone: toneSchema,
  outcome: textSchema,
  debrief: z.array(sentence).min(1),
  learnMore: z.array(pageRefSchema).default([]),
});

/** Material for running the scenario as a workshop. */
export const facilitationSchema = contentObject({
  goal: sentence,
  groupSize: contentObject({ min: whole('"groupSize.min"').positive(), max: whole('"groupSize.max"').positive() }),
  minutes: whole('"minutes"').positive(),
  timePlan: z.array(contentObject({ minutes: whole('"minutes"').positive(), step: sentence })).min(1),
  materials: z.array(sentence).default([]),
  setup: sentence,
  prompts: z.record(idSchema, sentence),
  variations: contentObject({ room: sentence, remote: sentence }),
});

/** The seat the learner plays. */
const seatSchema = z.enum(SEATS, { error: () => `expected a seat: ${SEATS.join(', ')}` });

const scenarioObject = contentObject({
  title: z.string().trim().min(3),
  summary: z.string().trim().min(10).max(220),
  seat: seatSchema,
  playAs: idSchema.optional(),
  learnerRole: z.string().trim().min(3),
  otherSide: idSchema.optional(),
  otherSideNote: sentence.optional(),
  touches: z.array(pageRefSchema).min(1),
  keywords: z.array(z.string().trim().min(1)).default([]),
  estimatedMinutes: whole('"estimatedMinutes"').positive().max(60),
  outcomes: z.array(sentence).min(1),
  behaviours: z.array(idSchema).optional(),
  meters: z.array(meterSchema).min(2),
  facts: z.array(factSchema).default([]),
  start: idSchema,
  scenes: z.array(sceneSchema).min(1),
  checkpoints: z.array(checkpointSchema).default([]),
  endings: z.array(endingSchema).min(1),
  facilitation: facilitationSchema.optional(),
});

/** Where content lives (tests build from fixture trees through CONTENT_DIR). */
export const contentRoot = () => process.env.CONTENT_DIR ?? './content';

/** Cast ids: the file names of content/cast/*.yaml. */
export function readCastIds(root = contentRoot()): Set<string> {
  const dir = join(root, 'cast');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, '')),
  );
}

/** Checks that `otherSide` names a scenario file that links back to this one. */
function otherSideProblems(scenario: { title: string; otherSide?: string | undefined }, root: string, id?: string) {
  const other = scenario.otherSide;
  if (!other) return [];
  if (other === id) return [`"otherSide" names this scenario itself; name the scenario told from the other seat.`];
  const file = join(root, 'scenarios', `${other}.yaml`);
  if (!existsSync(file))
    return [`"otherSide" names ${JSON.stringify(other)}, but there is no scenarios/${other}.yaml.`];
  let back: unknown;
  try {
    back = (parse(readFileSync(file, 'utf8')) as { otherSide?: unknown } | null)?.otherSide;
  } catch {
    return []; // that file's own errors are reported when it is loaded
  }
  const noLink = `"otherSide" names ${JSON.stringify(other)}, but scenarios/${other}.yaml does not link back (its "otherSide" is ${back === undefined ? 'missing' : JSON.stringify(back)}); the link must go both ways.`;
  if (typeof back !== 'string') return [noLink];
  if (id !== undefined) return back === id ? [] : [noLink];
  // Inside the content loader the entry's own id is not known: the file the other side links to must be this one.
  const backFile = join(root, 'scenarios', `${back}.yaml`);
  try {
    const title = (parse(readFileSync(backFile, 'utf8')) as { title?: unknown } | null)?.title;
    return title === scenario.title ? [] : [noLink];
  } catch {
    return [noLink];
  }
}

/** The scenario schema, checking cast ids and the other side against a content tree. */
export function makeScenarioSchema(options: { root?: string; id?: string; castIds?: () => ReadonlySet<string> } = {}) {
  return scenarioObject.superRefine((scenario, ctx) => {
    // Referential and graph checks live in the pure engine so tests, the build and the player share them.
    const root = options.root ?? contentRoot();
    const castIds = options.castIds?.() ?? readCastIds(root);
    for (const problem of verifyScenario(scenario satisfies Scenario, { castIds }))
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    for (const message of otherSideProblems(scenario, root, options.id))
      ctx.addIssue({ code: 'custom', message, path: ['otherSide'] });
  });
}

/** A branching scenario (content/scenarios/<id>.yaml); the file name is the id. */
export const scenarioSchema = makeScenarioSchema();

/** A scenario as parsed (defaults applied, conditions normalised to lists): the engine's Scenario. */
export type ScenarioData = z.infer<typeof scenarioSchema>;
/** Raw YAML shape before defaults. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
