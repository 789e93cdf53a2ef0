import { z } from 'astro/zod';
import { sentence } from './common';

/** Whose behaviour it is: the Product Owner's, the Developers', or people around the Scrum Team. */
export const behaviourSideSchema = z.enum(['po', 'team', 'around'], {
  error: () => 'expected side po, team or around',
});
export type BehaviourSide = z.infer<typeof behaviourSideSchema>;

/**
 * A way trust breaks, from the source articles (content/behaviours/<id>.yaml). Scenarios list the ids they practise
 * in `behaviours`; the coverage page (/scenarios/coverage/) shows which scenario covers which behaviour.
 */
export const behaviourSchema = z.strictObject({
  /** Short name, e.g. "Pushing the team to commit". */
  title: z.string().trim().min(3),
  /** po: the Product Owner breaks the Developers' trust; team: the Developers break the Product Owner's; around: leaders, stakeholders, the Scrum Master. */
  side: behaviourSideSchema,
  /** Position inside its side. */
  order: z.number().int().positive(),
  /** What it looks like in a real team, in one sentence. */
  looks: sentence,
});
export type BehaviourData = z.infer<typeof behaviourSchema>;
