import { letter, workshopUi as W } from '../../lib/workshop-labels';
import type { Decision, Scenario, ScenarioMachine } from '../../scenarios';
import { majority, type RoomDecision, runnerUp } from '../../stores/workshop-session';
import { openAt, sceneOf } from './engine';
import { Split } from './Split';

interface Props {
  scenario: Scenario;
  machine: ScenarioMachine;
  decisions: readonly RoomDecision[];
  history: readonly Decision[];
  /** Offers "Replay from decision N with the runner-up" when given (not in the handout). */
  onReplay?: (n: number, choice: number) => void;
}

/** The room's path as a timeline: each decision with its speaker, the split, what won and how it was chosen. */
export function RoomPath({ scenario, machine, decisions, history, onReplay }: Props) {
  const choices = decisions.map((d) => d.choice);
  return (
    <ol className="ws-path">
      {history.map((h, i) => {
        const n = i + 1;
        const d = decisions[i];
        const { scene, choice } = sceneOf(scenario, h);
        if (!d || !scene || !choice) return null;
        const open = openAt(scenario, machine, choices, n);
        const byMajority = majority(d.votes, open) === d.choice;
        const how = byMajority ? W.byMajority : W.byFacilitator;
        const second = runnerUp(d.votes, d.choice, open);
        const secondLabel = second === null ? '' : (scene.choices[second]?.label ?? '');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a decision's position is its identity (a scene can recur)
          <li key={`${h.scene}-${i}`}>
            <p className="ws-kicker">{W.pathDecision(n, scene.speaker)}</p>
            <p className="ws-path-choice">
              <strong>{W.roomChose(letter(d.choice), choice.label)}</strong> ({W.chosenBy(how)})
            </p>
            <Split votes={d.votes} chosen={d.choice} byMajority={byMajority} />
            {onReplay &&
              (second === null ? (
                <p className="ws-muted">{W.noRunnerUp}</p>
              ) : (
                <button
                  type="button"
                  className="button secondary ws-replay"
                  title={secondLabel}
                  onClick={() => onReplay(n, second)}
                >
                  {W.replayRunnerUp(n, letter(second))}
                </button>
              ))}
          </li>
        );
      })}
    </ol>
  );
}
