import { useEffect } from 'react';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Digits 1–9 add a vote to option A–I, Shift + digit removes one. Reads `code` rather than `key` so Shift+1 is
 * still "1" on every keyboard layout; ignored while typing or with Ctrl/Alt/Meta (browser shortcuts stay intact).
 */
export function useVoteKeys(active: boolean, onVote: (option: number, delta: 1 | -1) => void) {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      // a held key repeats: one press is one vote, so an accidental hold does not stuff the count
      if (event.repeat || event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) return;
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
      if (!digit) return;
      event.preventDefault();
      onVote(Number(digit) - 1, event.shiftKey ? -1 : 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, onVote]);
}
