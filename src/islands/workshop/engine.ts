// Engine questions the console asks, answered by replaying the room's choices (never by re-reading guards).
import { type Decision, type PlaySnapshot, replayChoices, type Scenario, type ScenarioMachine } from '../../scenarios';

/** Which options the scene offered when the room made decision `n` (1-based), asked of the machine itself. */
export function openAt(scenario: Scenario, machine: ScenarioMachine, choices: readonly number[], n: number) {
  const before = replayChoices(scenario, choices.slice(0, n - 1), machine).snapshot;
  return openIn(before);
}

/** Whether the machine accepts choice `index` in this snapshot. */
export const openIn = (snapshot: PlaySnapshot) => (index: number) => snapshot.can({ type: 'choice.select', index });

/** The scene and choice a decision refers to. */
export function sceneOf(scenario: Scenario, decision: Pick<Decision, 'scene' | 'choice'>) {
  const scene = scenario.scenes.find((s) => s.id === decision.scene);
  return { scene, choice: scene?.choices[decision.choice] };
}
