import { z } from 'astro/zod';

/** Who a page is written for; drives the audience filter in search and the home page's ways in. */
export const audienceSchema = z.enum(['product-owner', 'developers', 'scrum-master', 'leaders'], {
  error: () => 'expected one of: product-owner, developers, scrum-master, leaders',
});
export type Audience = z.infer<typeof audienceSchema>;

/** Certification courses a page supports; used for course tags and the course filter in search. */
export const courseSchema = z.enum(['CSPO', 'CSM'], { error: () => 'expected CSPO or CSM' });
export type Course = z.infer<typeof courseSchema>;

/**
 * The learning-objective categories of the Scrum Alliance CSM and CSPO courses a page, check or scenario serves.
 * CSM: lean-agile-scrum, sm-core (Scrum Master core competencies), service-developers, service-po, service-org.
 * CSPO: po-core (Product Owner core competencies), goal-setting, customers-users, validating, backlog.
 * Their names and course are in content/courses/*.yaml.
 */
export const courseCategories = [
  'lean-agile-scrum',
  'sm-core',
  'service-developers',
  'service-po',
  'service-org',
  'po-core',
  'goal-setting',
  'customers-users',
  'validating',
  'backlog',
] as const;
export const courseCategorySchema = z.enum(courseCategories, {
  error: () => `expected one of: ${courseCategories.join(', ')}`,
});
export type CourseCategory = z.infer<typeof courseCategorySchema>;

/** Collections a page reference may point into. */
export const refCollections = ['roles', 'events', 'topics', 'glossary', 'paths', 'scenarios'] as const;
export type RefCollection = (typeof refCollections)[number];

/**
 * A reference to another entry written as "collection/id", e.g. "roles/product-owner".
 * The shape is checked here; that the entry exists is checked when pages are built (src/lib/refs.ts).
 */
export const pageRefSchema = z
  .string()
  .regex(
    new RegExp(`^(${refCollections.join('|')})/[a-z0-9-]+$`),
    'expected "collection/id" such as "roles/product-owner" (collections: roles, events, topics, glossary, paths, scenarios)',
  );

/** A learner-facing sentence: trimmed, not empty. */
export const sentence = z.string().trim().min(3, 'expected a sentence, got an empty or tiny string');

/**
 * Every object in a content schema: a field the schema does not know fails the build (with "did you mean …" when a
 * known field is close) instead of being dropped, so a misspelt `predcit:` cannot make a question vanish.
 * Use it wherever a schema would use `z.object` (`.extend` keeps it strict).
 */
export const contentObject = z.strictObject;
