import { letter, workshopUi as W } from '../../lib/workshop-labels';
import type { PlayState, Scenario } from '../../scenarios';
import { majority, type RoomDecision, runnerUp } from '../../stores/workshop-session';
import { Split } from './Split';

interface Props {
  scenario: Scenario;
  decisions: readonly RoomDecision[];
  /** The play module's answer for the room's choices. */
  view: PlayState;
  /** Offers "Replay from decision N with the runner-up" when given (not in the handout). */
  onReplay?: (n: number, choice: number) => void;
}

/** The room's path as a timeline: each decision with its speaker, the split, what won and how it was chosen. */
export function RoomPath({ scenario, decisions, view, onReplay }: Props) {
  return (
    <ol className="ws-path">
      {view.steps.map((h, i) => {
        const n = i + 1;
        const d = decisions[i];
        const scene = scenario.scenes.find((s) => s.id === h.scene);
        if (!d || !scene) return null;
        const open = (index: number) => h.openBefore[index] ?? false;
        const byMajority = majority(d.votes, open) === d.choice;
        const how = byMajority ? W.byMajority : W.byFacilitator;
        const second = runnerUp(d.votes, d.choice, open);
        const secondLabel = second === null ? '' : (scene.choices[second]?.label ?? '');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a decision's position is its identity (a scene can recur)
          <li key={`${h.scene}-${i}`}>
            <p className="ws-kicker">{W.pathDecision(n, h.moment)}</p>
            <p className="ws-path-choice">
              <strong>{W.roomChose(letter(d.choice), h.label)}</strong> ({W.chosenBy(how)})
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
