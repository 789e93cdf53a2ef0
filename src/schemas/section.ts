import { z } from 'astro/zod';
import { contentObject, sentence } from './common';

/** A way into the site for one audience, shown on the home page. */
export const wayInSchema = contentObject({
  /** Button-like heading in the visitor's voice, e.g. "I'm new to a Scrum team". */
  heading: z.string().trim().min(3),
  /** What this way in gives them. */
  text: sentence,
  /** Site path it leads to, e.g. "/paths/new-team-member/". */
  link: z.string().regex(/^\/[a-z0-9\-/]*$/, 'expected a site path such as "/paths/new-team-member/"'),
  /** Link text. */
  cta: z.string().trim().min(2),
});

/** Intro copy for the home page and each section index (content/sections/*.mdx); the body is the intro. */
export const sectionSchema = contentObject({
  /** Page heading. */
  title: z.string().trim().min(3),
  /** Meta description and card summary. */
  description: z.string().trim().min(20).max(200),
  /** A short line under the heading. */
  lede: sentence.optional(),
  /** Home page only: the ways in for each audience. */
  waysIn: z.array(wayInSchema).default([]),
});
export type SectionData = z.infer<typeof sectionSchema>;
