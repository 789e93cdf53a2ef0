import { z } from 'astro/zod';
import { audienceSchema, contentObject, courseCategorySchema, courseSchema, pageRefSchema, sentence } from './common';

/** Front matter shared by every teaching page (accountabilities, events, topics). */
export const pageSchema = contentObject({
  /** Page heading and <title>. */
  title: z.string().trim().min(3),
  /** One or two sentences for cards, search results and the meta description (max 200 characters). */
  description: z.string().trim().min(20).max(200),
  /** Position inside its collection; drives index order and previous/next links. */
  order: z.number().int().nonnegative(),
  /** Who the page is written for (at least one). */
  audiences: z.array(audienceSchema).min(1),
  /** Certification courses the page supports. */
  courses: z.array(courseSchema).default([]),
  /** CSM and CSPO learning-objective categories the page (and its knowledge check) serves. */
  categories: z.array(courseCategorySchema).default([]),
  /** Estimated reading time in whole minutes. */
  readingMinutes: z.number().int().positive().max(60),
  /** "After this page you can …" statements shown at the top. */
  outcomes: z.array(sentence).min(1),
  /** Related pages as "collection/id"; each must exist or the build fails. */
  related: z.array(pageRefSchema).default([]),
  /** Ids of scenarios that practise this page's idea; each must exist or the build fails. */
  scenarios: z
    .array(z.string().regex(/^[a-z0-9-]+$/, 'expected a scenario id such as "just-squeeze-it-in"'))
    .default([]),
  /** Reflection questions shown at the end of the page. */
  reflection: z.array(sentence).min(1),
  /** Words learners type that the page answers ("PO", "standup"); fed to search. */
  keywords: z.array(z.string().trim().min(1)).default([]),
});
export type PageData = z.infer<typeof pageSchema>;
