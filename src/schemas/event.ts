import { z } from 'astro/zod';
import { pageSchema } from './page';

/** An event page (content/events/*.mdx). */
export const eventSchema = pageSchema.extend({
  /** Timebox exactly as the 2020 Scrum Guide sets it, in words, e.g. "15 minutes". */
  timebox: z.string().trim().min(3),
  /** False for Product Backlog refinement, an ongoing activity rather than a Scrum event. */
  isEvent: z.boolean(),
  /** Who takes part, in words. */
  participants: z.string().trim().min(3),
});
export type EventData = z.infer<typeof eventSchema>;
