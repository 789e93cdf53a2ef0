import { letter, workshopUi as W } from '../../lib/workshop-labels';
import { tally } from '../../stores/workshop-session';

interface Props {
  votes: readonly number[];
  /** Option taken, marked as the winner. */
  chosen?: number | undefined;
  /** Whether the option taken was the room's majority (marked "won") or the facilitator's pick. */
  byMajority?: boolean;
}

/** The vote split in words, one line per option: "A: 5 votes (45%) · A won". */
export function Split({ votes, chosen, byMajority = true }: Props) {
  const { shares } = tally(votes);
  return (
    <ul className="ws-split">
      {shares.map((s) => (
        <li key={s.index} className={s.index === chosen ? 'won' : undefined}>
          <span className="ws-split-text">
            {W.splitLine(letter(s.index), s.count, s.percent)}
            {s.index === chosen && (
              <strong> · {byMajority ? W.won(letter(s.index)) : W.picked(letter(s.index))}</strong>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
