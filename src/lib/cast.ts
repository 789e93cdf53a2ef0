// Who appears where: the cast page and each scenario page read it from the scenario files, never from a list
// kept by hand.

/** The fields of a scenario that name people (scenario schema v2). */
interface NamesPeople {
  playAs?: string | undefined;
  scenes: ReadonlyArray<{ speaker?: string | undefined; present?: readonly string[] | undefined }>;
}

/** How a cast member takes part in a scenario: the learner plays them, or they are in the story. */
export type Appearance = 'played' | 'in-story';

/** How `castId` appears in the scenario, or undefined when they do not. */
export function appearanceIn(scenario: NamesPeople, castId: string): Appearance | undefined {
  if (scenario.playAs === castId) return 'played';
  const inStory = scenario.scenes.some((s) => s.speaker === castId || (s.present ?? []).includes(castId));
  return inStory ? 'in-story' : undefined;
}
