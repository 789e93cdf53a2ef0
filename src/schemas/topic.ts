import { z } from 'astro/zod';
import { pageSchema } from './page';

/** A trust topic page (content/topics/*.mdx). */
export const topicSchema = pageSchema.extend({
  /** Grouping on the topics index, e.g. "Why trust breaks", "Working agreements". */
  theme: z.string().trim().min(3),
});
export type TopicData = z.infer<typeof topicSchema>;
