import { z } from 'astro/zod';

// PLACEHOLDER until the scenario engine lands (issue 3): only the fields the site shell needs.
/** A branching scenario (content/scenarios/*.yaml). */
export const scenarioSchema = z.looseObject({
  /** Scenario title. */
  title: z.string().trim().min(3),
  /** One-line summary, naming the role the learner plays. */
  summary: z.string().trim().min(10),
});
export type ScenarioData = z.infer<typeof scenarioSchema>;
