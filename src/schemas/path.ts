import { z } from 'astro/zod';
import { audienceSchema, contentObject, courseCategorySchema, courseSchema, pageRefSchema, sentence } from './common';

/** One stop on a learning path. */
export const pathStepSchema = contentObject({
  /** The page or scenario to visit, as "collection/id". */
  ref: pageRefSchema,
  /** Why this stop matters at this point of the path. */
  why: sentence,
  /** On a course path: the learning-objective category this stop serves (the path page groups stops by it). */
  category: courseCategorySchema.optional(),
});

/** A learning path (content/paths/*.yaml): an ordered route through pages and scenarios. */
export const pathSchema = contentObject({
  /** Path heading. */
  title: z.string().trim().min(3),
  /** One or two sentences for cards and search results. */
  description: z.string().trim().min(20).max(200),
  /** Position on the paths index. */
  order: z.number().int().nonnegative(),
  /** Who the path is for. */
  audiences: z.array(audienceSchema).min(1),
  /** The course this path prepares for or follows, if any. */
  course: courseSchema.optional(),
  /** Total estimated minutes for the whole path. */
  estimatedMinutes: z.number().int().positive(),
  /** "After this path you can …" statements shown at the top of the path page. */
  outcomes: z.array(sentence).min(1),
  /** The stops, in order (at least two). */
  steps: z.array(pathStepSchema).min(2),
});
export type PathData = z.infer<typeof pathSchema>;
