import { z } from 'astro/zod';
import { verifyScenario } from '../scenarios';
import { pageRefSchema, sentence } from './common';

/** Ids of scenes, checkpoints, endings and meters: lower-case words joined by hyphens. */
const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lower-case words joined by hyphens, such as "ask-the-team"');

/** A meter test: the meter's current value must be at least `atLeast` and/or at most `atMost`. */
export const conditionSchema = z
  .object({
    /** Id of the meter to read. */
    meter: idSchema,
    /** Holds when the meter is at least this value. */
    atLeast: z.number().int().optional(),
    /** Holds when the meter is at most this value. */
    atMost: z.number().int().optional(),
  })
  .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, {
    message: 'a condition needs "atLeast", "atMost" or both',
  });

/** One or more conditions that must all hold; a single condition may be written without the list. */
const conditionsSchema = z
  .union([conditionSchema, z.array(conditionSchema).min(1)])
  .transform((c) => (Array.isArray(c) ? c : [c]));

/** A trust measure that choices move, e.g. the team's trust in the Product Owner. */
export const meterSchema = z.object({
  /** Referenced by choice effects and conditions, e.g. "team-trust-in-po". */
  id: idSchema,
  /** Shown next to the visual meter, e.g. "The team's trust in the Product Owner". */
  label: z.string().trim().min(3),
  /** Value when the scenario starts. */
  start: z.number().int(),
  /** Lowest value the meter can take (effects are clamped here). */
  min: z.number().int().default(0),
  /** Highest value the meter can take (effects are clamped here). */
  max: z.number().int().default(10),
});

/** One option the learner can take in a scene. */
export const choiceSchema = z.object({
  /** The button text, written as what the learner says or does. */
  label: z.string().trim().min(3),
  /** How much each meter moves, e.g. { team-trust-in-po: -2 }. Meters not named do not move. */
  effects: z.record(idSchema, z.number().int()).default({}),
  /** Shown right after the choice: why trust moved, tied back to the Scrum Guide. Markdown. */
  feedback: sentence,
  /** Id of the scene, checkpoint or ending that comes next. */
  next: idSchema,
  /** The choice is only open when these meter conditions hold; otherwise it is shown locked with the reason. */
  when: conditionsSchema.optional(),
});

/** One situation the learner faces. */
export const sceneSchema = z.object({
  /** Unique inside the scenario; used for anchors (#scene-<id>) and error messages. */
  id: idSchema,
  /** Who is speaking or whose moment this is, e.g. "Maya, Product Owner". */
  speaker: z.string().trim().min(2),
  /** What is happening, in Markdown (paragraphs, *emphasis*, **strong**, lists). */
  situation: sentence,
  /** Optional question asked before the choices ("What do you expect the team to say?"). */
  predict: sentence.optional(),
  /** Optional question to think about after choosing. */
  reflect: sentence.optional(),
  /** The options; at least one, and at most six so the scene stays readable. */
  choices: z.array(choiceSchema).min(1, 'a scene needs at least one choice (a way on)').max(6),
});

/** One routing rule of a checkpoint: when all conditions hold, go to `next`. */
export const routeSchema = z.object({
  /** Conditions that must all hold. */
  when: conditionsSchema,
  /** Id of the scene, checkpoint or ending to go to. */
  next: idSchema,
});

/** An invisible fork that routes by accumulated meter values rather than by the last click. */
export const checkpointSchema = z.object({
  /** Unique inside the scenario; choices point here with `next`. */
  id: idSchema,
  /** Says in words what the checkpoint weighs, shown in the booklet and on the map ("Has the PO come to trust the forecast?"). */
  question: sentence,
  /** Rules tried in order; the first whose conditions hold wins. */
  routes: z.array(routeSchema).min(1),
  /** Where to go when no rule holds. */
  otherwise: idSchema,
});

/** How an ending should feel. */
export const toneSchema = z.enum(['good', 'mixed', 'bad'], { error: () => 'expected tone good, mixed or bad' });

/** One way the story can end. */
export const endingSchema = z.object({
  /** Unique inside the scenario. */
  id: idSchema,
  /** Ending heading, e.g. "A forecast everyone believes". */
  title: z.string().trim().min(3),
  /** good, mixed or bad. */
  tone: toneSchema,
  /** What happened next, in Markdown. */
  outcome: sentence,
  /** Questions for the learner (or a workshop group) to discuss. */
  debrief: z.array(sentence).min(1),
  /** Pages that teach the idea, as "collection/id"; each must exist or the build fails. */
  learnMore: z.array(pageRefSchema).default([]),
});

/** A branching scenario (content/scenarios/<id>.yaml); the file name is the id. */
export const scenarioSchema = z
  .object({
    /** Scenario title. */
    title: z.string().trim().min(3),
    /** One line for cards and search that names the role the learner plays ("You play a Developer."). */
    summary: z.string().trim().min(10).max(220),
    /** The role the learner plays, in words, e.g. "a Developer". */
    learnerRole: z.string().trim().min(3),
    /** Scrum events, accountabilities and topics the scenario touches, as "collection/id". */
    touches: z.array(pageRefSchema).min(1),
    /** Words learners type that the scenario answers ("hidden work", "overcommit"); fed to search. */
    keywords: z.array(z.string().trim().min(1)).default([]),
    /** Estimated minutes for one play-through. */
    estimatedMinutes: z.number().int().positive().max(60),
    /** "After this scenario you can …" statements. */
    outcomes: z.array(sentence).min(1),
    /** Trust measures (at least team-trust-in-po and po-trust-in-team). */
    meters: z.array(meterSchema).min(2),
    /** Id of the first scene. */
    start: idSchema,
    /** The scenes, in reading order for the booklet. */
    scenes: z.array(sceneSchema).min(1),
    /** Forks that route by meter values. */
    checkpoints: z.array(checkpointSchema).default([]),
    /** The endings (at least one). */
    endings: z.array(endingSchema).min(1),
  })
  .superRefine((scenario, ctx) => {
    // Referential and graph checks live in the pure engine so tests, the build and the player share them.
    for (const problem of verifyScenario(scenario)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }
  });

/** A scenario as parsed (defaults applied, conditions normalised to lists). */
export type ScenarioData = z.infer<typeof scenarioSchema>;
/** Raw YAML shape before defaults. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
