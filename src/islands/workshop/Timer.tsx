import { useEffect, useRef, useState } from 'react';
import { workshopUi as W } from '../../lib/workshop-labels';

/** Seconds the pairs get to argue for an option (the facilitation guide's "two minutes"). */
export const DISCUSSION_SECONDS = 120;
const CHOICES = [1, 2, 3, 5];

export const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

export interface Countdown {
  /** Seconds set for this countdown. */
  total: number;
  /** Seconds left; null before it starts. */
  left: number | null;
  running: boolean;
  /** Close the vote when the time is up. */
  closes: boolean;
  setTotal: (s: number) => void;
  setCloses: (c: boolean) => void;
  /** Starts, pauses or resumes (the T key). */
  toggle: () => void;
  add: (s: number) => void;
  reset: () => void;
}

/**
 * A countdown for one decision; `onEnd(closes)` runs once when it reaches zero. Time is read from the clock (an end
 * time), not counted in ticks, so a busy or throttled tab never runs slow.
 */
export function useCountdown(onEnd: (closes: boolean) => void): Countdown {
  const [total, setTotal] = useState(DISCUSSION_SECONDS);
  const [endAt, setEndAt] = useState<number | null>(null);
  const [paused, setPaused] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [closes, setCloses] = useState(true);
  const ended = useRef(onEnd);
  ended.current = onEnd;
  const closesRef = useRef(closes);
  closesRef.current = closes;
  useEffect(() => {
    if (endAt === null) return;
    const tick = () => setNow(Date.now());
    const t = setInterval(tick, 250);
    return () => clearInterval(t);
  }, [endAt]);
  const left = endAt !== null ? Math.max(0, Math.ceil((endAt - now) / 1000)) : paused;
  useEffect(() => {
    if (endAt === null || left !== 0) return;
    setEndAt(null);
    setPaused(0);
    ended.current(closesRef.current);
  }, [endAt, left]);
  const run = (seconds: number) => {
    const t = Date.now();
    setNow(t);
    setEndAt(t + seconds * 1000);
    setPaused(null);
  };
  const toggle = () => {
    if (endAt !== null) {
      setPaused(left);
      setEndAt(null);
    } else run(paused && paused > 0 ? paused : total);
  };
  return {
    total,
    left,
    running: endAt !== null && (left ?? 0) > 0,
    closes,
    setTotal: (s) => {
      setTotal(s);
      if (endAt === null) setPaused(null);
    },
    setCloses,
    toggle,
    add: (s) => {
      if (endAt !== null) setEndAt(endAt + s * 1000);
      else if (paused !== null && paused > 0) setPaused(paused + s);
    },
    reset: () => {
      setEndAt(null);
      setPaused(null);
    },
  };
}

/**
 * The countdown's controls. The clock is plain text and never announced second by second; a status region says
 * "one minute left" and "time is up" once each. Its bar moves without animation when the reader asks for reduced
 * motion (workshop.css).
 */
export function Timer({ countdown: c, idPrefix = 'ws' }: { countdown: Countdown; idPrefix?: string }) {
  const { left, total, running } = c;
  const started = left !== null;
  const up = left === 0;
  const said = up ? (c.closes ? W.timerUpClosed : W.timerDone) : left === 60 && running ? W.timerMinute : '';
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (said) setStatus(said);
    else if (!started) setStatus('');
  }, [said, started]);
  return (
    <fieldset className="ws-timer" data-state={up ? 'up' : running ? 'running' : started ? 'paused' : 'idle'}>
      <legend className="visually-hidden">{W.timerHeading}</legend>
      {started ? (
        <>
          <span className="ws-clock">
            {up ? W.timerDone : running ? W.timerLeft(clock(left)) : W.timerPaused(clock(left))}
          </span>
          <span className="ws-timebar" aria-hidden="true">
            <span style={{ width: `${Math.min(100, (left / Math.max(total, 1)) * 100)}%` }} />
          </span>
          {!up && (
            <button type="button" className="button secondary" onClick={c.toggle}>
              {running ? W.timerPause : W.timerResume}
            </button>
          )}
          {!up && (
            <button type="button" className="button secondary" onClick={() => c.add(30)}>
              {W.timerAdd}
            </button>
          )}
          <button type="button" className="button secondary" onClick={c.reset}>
            {W.timerReset}
          </button>
        </>
      ) : (
        <>
          <label className="ws-timer-len">
            {W.timerMinutes}{' '}
            <select value={total} onChange={(e) => c.setTotal(Number(e.currentTarget.value))}>
              {CHOICES.map((m) => (
                <option key={m} value={m * 60}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button secondary ws-timer-start" onClick={c.toggle}>
            {W.timerStartButton}
          </button>
          <label className="ws-timer-closes">
            <input type="checkbox" checked={c.closes} onChange={(e) => c.setCloses(e.currentTarget.checked)} />{' '}
            {W.timerCloses}
          </label>
        </>
      )}
      <span id={`${idPrefix}-timer-status`} className="visually-hidden" role="status">
        {status}
      </span>
    </fieldset>
  );
}
