import { useEffect, useState } from 'react';
import { workshopUi as W } from '../../lib/workshop-labels';

/** Seconds the pairs get to argue for an option (the facilitation guide's "two minutes"). */
export const DISCUSSION_SECONDS = 120;

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/**
 * A countdown for the pair discussion before the vote. Text only (no animation); the remaining time is not
 * announced every second, only "time is up" once, through a status region.
 */
export function Timer() {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (left === null || left <= 0) return;
    const t = setTimeout(() => setLeft((s) => (s === null ? null : s - 1)), 1000);
    return () => clearTimeout(t);
  }, [left]);
  return (
    <div className="ws-timer">
      {left === null ? (
        <button type="button" className="button secondary" onClick={() => setLeft(DISCUSSION_SECONDS)}>
          {W.timerStart(DISCUSSION_SECONDS / 60)}
        </button>
      ) : (
        <>
          <span className="ws-clock" aria-hidden={left > 0}>
            {left > 0 ? clock(left) : W.timerDone}
          </span>
          <button type="button" className="button secondary" onClick={() => setLeft(null)}>
            {W.timerStop}
          </button>
        </>
      )}
      <span className="visually-hidden" role="status">
        {left === 0 ? W.timerDone : ''}
      </span>
    </div>
  );
}
