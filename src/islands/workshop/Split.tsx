import { letter, workshopUi as W } from '../../lib/workshop-labels';
import { tally } from '../../stores/workshop-session';

interface Props {
  votes: readonly number[];
  /** Option taken, marked as the winner. */
  chosen?: number | undefined;
  /** Draw bars (on screen) or text only (timeline, handout). */
  bars?: boolean;
}

/** The vote split as a list: "A: 5 votes (45%)", with a bar as decoration when asked; the text carries the meaning. */
export function Split({ votes, chosen, bars = false }: Props) {
  const { shares } = tally(votes);
  return (
    <ul className={bars ? 'ws-split ws-split-bars' : 'ws-split'}>
      {shares.map((s) => (
        <li key={s.index} className={s.index === chosen ? 'won' : undefined}>
          <span className="ws-split-text">
            {W.splitLine(letter(s.index), s.count, s.percent)}
            {s.index === chosen && <strong> · {W.won(letter(s.index))}</strong>}
          </span>
          {bars && (
            <span className="ws-bar" aria-hidden="true">
              <span style={{ width: `${s.percent}%` }} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
