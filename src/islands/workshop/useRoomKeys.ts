import { useEffect, useRef } from 'react';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** What the console's keys do; a missing handler leaves its key to the browser. */
export interface RoomKeys {
  /** 1–9 add a vote to option A–I; Shift + digit removes one. */
  vote?: ((option: number, delta: 1 | -1) => void) | undefined;
  /** G: go with the room. */
  go?: (() => void) | undefined;
  /** N: next decision (or the ending). */
  next?: (() => void) | undefined;
  /** T: start, pause or resume the countdown. */
  timer?: (() => void) | undefined;
  /** H: hide or show the tallies. */
  hide?: (() => void) | undefined;
  /** F: full screen. */
  full?: (() => void) | undefined;
  /** ?: the list of keys. */
  help?: (() => void) | undefined;
}

/**
 * The console's keys (listed in the `?` overlay). Digits read `code` rather than `key` so Shift+1 is still "1" on
 * every keyboard layout; letters read `key`. Ignored while typing, inside an open dialog, on a held key (one press
 * is one vote) or with Ctrl/Alt/Meta (browser shortcuts stay intact).
 */
export function useRoomKeys(active: boolean, keys: RoomKeys) {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const k = latest.current;
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
      const run = (f: (() => void) | undefined) => {
        if (!f) return;
        event.preventDefault();
        f();
      };
      if (digit) {
        const vote = k.vote;
        if (vote) run(() => vote(Number(digit) - 1, event.shiftKey ? -1 : 1));
        return;
      }
      const key = event.key.toLowerCase();
      if (key === '?') run(k.help);
      else if (event.shiftKey) return;
      else if (key === 'g') run(k.go);
      else if (key === 'n') run(k.next);
      else if (key === 't') run(k.timer);
      else if (key === 'h') run(k.hide);
      else if (key === 'f') run(k.full);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
