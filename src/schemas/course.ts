import { z } from 'astro/zod';
import { contentObject, courseCategorySchema, courseSchema, sentence } from './common';

/** A certification course's learning-objective categories (content/courses/*.yaml), for /courses/. */
export const courseFileSchema = contentObject({
  course: courseSchema,
  title: z.string().trim().min(3),
  description: sentence.max(200),
  categories: z
    .array(
      contentObject({
        id: courseCategorySchema,
        title: z.string().trim().min(3),
        /** What the category covers, in one sentence. */
        summary: sentence.max(200),
        /** Ids of scenarios that practise this category; each must exist or the build fails. */
        scenarios: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
      }),
    )
    .min(1),
});
export type CourseFile = z.infer<typeof courseFileSchema>;
