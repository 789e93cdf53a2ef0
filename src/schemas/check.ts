import { z } from 'astro/zod';
import { contentObject, courseCategorySchema, sentence } from './common';

/**
 * Where an option's reason sends the learner: an anchor on the page itself ("#the-three-topics") or a passage on
 * another page ("/topics/forecasts-not-promises/#then-what-is-a-commitment"). Anchors are heading ids.
 */
export const passageSchema = z
  .string()
  .regex(
    /^(\/(roles|events|topics|glossary|scenarios|paths)\/[a-z0-9-]+\/)?#[a-z0-9-]+$/,
    'expected "#heading-id" on this page, or "/collection/id/#heading-id" for a passage on another page',
  );

/** One answer to a question, with the reason it is right or wrong. */
export const checkOptionSchema = contentObject({
  /** The answer as the learner reads it. */
  text: sentence.max(300),
  /** True for the one right answer of its question. */
  correct: z.boolean().default(false),
  /** Why this answer is right or wrong, in one or two sentences. */
  why: sentence.max(400),
  /** The passage that teaches it, when it differs from the question's. */
  see: passageSchema.optional(),
});

/** A situational question: something happens, what is the best reading or move? */
export const checkQuestionSchema = z
  .strictObject({
    /** Stable id within the page (kept in the learner's record, so do not rename it lightly). */
    id: z.string().regex(/^[a-z0-9-]{2,40}$/, 'expected a short id of lowercase letters, digits and dashes'),
    /** The situation and the question, in one short paragraph. */
    prompt: sentence.max(500),
    /** The passage that teaches the answer. */
    see: passageSchema,
    /** Two to five answers, exactly one of them right; the order is shuffled for every attempt. */
    options: z.array(checkOptionSchema).min(2).max(5),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'mark exactly one option "correct: true"',
    path: ['options'],
  });

/** The knowledge check of one teaching page (content/checks/<collection>/<page id>.yaml). */
export const checkSchema = z
  .strictObject({
    /** Course categories the check serves when they differ from its page's (which it inherits otherwise). */
    categories: z.array(courseCategorySchema).optional(),
    /** Three to five questions about situations, not trivia. */
    questions: z.array(checkQuestionSchema).min(3).max(5),
  })
  .refine((c) => new Set(c.questions.map((q) => q.id)).size === c.questions.length, {
    message: 'every question needs its own id',
    path: ['questions'],
  });
export type CheckData = z.infer<typeof checkSchema>;
export type CheckQuestion = z.infer<typeof checkQuestionSchema>;
