import { z } from 'astro/zod';
import { pageSchema } from './page';

/** An accountability page (content/roles/*.mdx): the Scrum Guide's accountabilities plus leaders & stakeholders. */
export const roleSchema = pageSchema.extend({
  /** False for people who take part but hold no Scrum accountability (business leaders, stakeholders). */
  scrumAccountability: z.boolean(),
  /** Short label used in navigation and cards, e.g. "PO". */
  shortName: z.string().trim().min(1).max(24).optional(),
});
export type RoleData = z.infer<typeof roleSchema>;
