// Importing a saved progress file on /progress/: what it would do (refused, loaded, or asked about with counts), a
// merge of two records, and a save that keeps the replaced record aside. Apart from learner-progress.ts, so the
// script every content page runs at start (visits and "Mark as done") does not carry it.

import { mergeChecks } from './check-review';
import {
  MAX_RECORD_SIZE,
  PROGRESS_VERSION,
  type Progress,
  type ProgressProblem,
  progressKind,
} from './learner-progress';
import { readRecord, type Slot, saveRecord } from './records';
import { copyAside, type KeyValueStore, readKey } from './storage';

/** Parses record text (from storage or an imported file); text that is not JSON at all is `not-json`. */
export function parseProgressText(text: string): { progress: Progress } | { problem: ProgressProblem } {
  if (text.length > MAX_RECORD_SIZE) return { problem: 'too-large' };
  try {
    JSON.parse(text);
  } catch {
    return { problem: 'not-json' };
  }
  const read = readRecord(progressKind, text);
  return 'record' in read ? { progress: read.record } : { problem: read.reason };
}

export interface Counts {
  done: number;
  visited: number;
}

/** Pages done and pages visited in a record. */
export const countsOf = (p: Progress): Counts => ({
  done: Object.keys(p.done).length,
  visited: Object.keys(p.visited).length,
});

/** True when a record holds nothing worth asking about before replacing it. */
export const isEmptyProgress = (p: Progress) =>
  countsOf(p).done === 0 && countsOf(p).visited === 0 && !p.last && Object.keys(p.checks.pages).length === 0 && !p.name;

const earliest = (a: Record<string, string>, b: Record<string, string>) => {
  const out = { ...a };
  for (const [k, t] of Object.entries(b)) if (!out[k] || Date.parse(t) < Date.parse(out[k])) out[k] = t;
  return out;
};

/** Both records together: every page visited or done in either (first time kept), the later last place. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const merged: Progress = {
    version: PROGRESS_VERSION,
    visited: earliest(a.visited, b.visited),
    done: earliest(a.done, b.done),
    checks: mergeChecks(a.checks, b.checks),
  };
  const name = a.name || b.name;
  if (name) merged.name = name;
  const last = [a.last, b.last].filter((l) => l !== undefined).sort((x, y) => Date.parse(y.at) - Date.parse(x.at))[0];
  if (last) merged.last = { ...last };
  return merged;
}

/** What importing a file would do: refuse it (why), load it straight away, or ask first (replace or merge, counts). */
export type ImportPlan =
  | { kind: 'refused'; problem: ProgressProblem }
  | { kind: 'load'; incoming: Progress }
  | { kind: 'ask'; incoming: Progress; current: Counts; replace: Counts; merge: Counts };

/** Plans an import of `text` over the progress shown now; non-empty progress is never replaced without asking. */
export function planImport(text: string, current: Progress): ImportPlan {
  const parsed = parseProgressText(text);
  if ('problem' in parsed) return { kind: 'refused', problem: parsed.problem };
  if (isEmptyProgress(current)) return { kind: 'load', incoming: parsed.progress };
  return {
    kind: 'ask',
    incoming: parsed.progress,
    current: countsOf(current),
    replace: countsOf(parsed.progress),
    merge: countsOf(mergeProgress(current, parsed.progress)),
  };
}

/** How an import went: saved (the old record kept aside under `copyKey`), or not saved and why. */
export type Imported =
  | { status: 'saved'; copyKey: string | null }
  | { status: 'conflict' }
  | { status: 'failed'; full: boolean };

/**
 * Saves an imported (or merged) record. The stored record it replaces is first copied aside and read back; if that
 * copy cannot be made, nothing is written.
 */
export function saveImport(slot: Slot, next: Progress): Imported {
  const store = slot.store as KeyValueStore | undefined;
  if (!store || slot.blocked) return { status: 'failed', full: false };
  const raw = readKey(store, slot.key);
  if (raw === undefined) return { status: 'failed', full: false };
  let copyKey: string | null = null;
  if (raw !== null) {
    const copy = copyAside(store, slot.key, raw);
    if (!copy.ok) return { status: 'failed', full: copy.full };
    copyKey = copy.copyKey;
  }
  const saved = saveRecord(slot, next);
  if (saved.status === 'saved') return { status: 'saved', copyKey };
  try {
    if (copyKey) store.removeItem(copyKey); // nothing was replaced, so the copy is not needed
  } catch {
    /* an extra copy is harmless */
  }
  return saved.status === 'conflict' ? saved : { status: 'failed', full: saved.status === 'failed' && saved.full };
}
