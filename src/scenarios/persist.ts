import { backupKey, browserStorage, type KeyValueStore, moveAside } from '../stores/storage';
import { fingerprintScenario } from './fingerprint';
import { replayChoices } from './paths';
import type { Scenario } from './types';

/** Version of the saved-progress format; bump it when SavedProgress changes shape. */
export const STORAGE_VERSION = 1;

export { backupKey, browserStorage, type KeyValueStore };

/** localStorage key for a scenario's progress. */
export const progressKey = (id: string) => `stl:scenario:v${STORAGE_VERSION}:${id}`;
/** localStorage key for the endings a learner has found in a scenario. */
export const endingsKey = (id: string) => `stl:scenario-endings:v${STORAGE_VERSION}:${id}`;

/** What is saved: the choices made (replayed on load), and what they were made against. */
export interface SavedProgress {
  version: typeof STORAGE_VERSION;
  scenario: string;
  fingerprint: string;
  choices: number[];
  savedAt: string;
}

const isIndexList = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0 && n < 100);

/** The schema for saved progress: returns the record when the shape is right, otherwise null. */
export function parseSavedProgress(value: unknown): SavedProgress | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const ok =
    r.version === STORAGE_VERSION &&
    typeof r.scenario === 'string' &&
    typeof r.fingerprint === 'string' &&
    isIndexList(r.choices) &&
    typeof r.savedAt === 'string';
  return ok ? (r as unknown as SavedProgress) : null;
}

/** Why a saved record could not be used. */
export type SetAsideReason = 'corrupt' | 'outdated';

/** Outcome of loading progress; `moved-aside` must be shown to the learner. */
export type LoadResult =
  | { status: 'empty' }
  | { status: 'resumed'; choices: number[] }
  | { status: 'moved-aside'; reason: SetAsideReason; backupKey: string }
  | { status: 'unavailable' };

/** Loads and checks saved progress; a corrupt or outdated record is moved to a backup key and reported. */
export function loadProgress(
  id: string,
  scenario: Scenario,
  store: KeyValueStore | undefined = browserStorage(),
): LoadResult {
  if (!store) return { status: 'unavailable' };
  const key = progressKey(id);
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };
  let record: SavedProgress | null = null;
  try {
    record = parseSavedProgress(JSON.parse(raw));
  } catch {
    /* not JSON: treated as corrupt below */
  }
  if (!record || record.scenario !== id)
    return { status: 'moved-aside', reason: 'corrupt', backupKey: moveAside(store, key, raw) };
  if (record.fingerprint !== fingerprintScenario(scenario) || !replayChoices(scenario, record.choices).ok) {
    return { status: 'moved-aside', reason: 'outdated', backupKey: moveAside(store, key, raw) };
  }
  return { status: 'resumed', choices: record.choices };
}

/** Saves the choices made so far; returns false when storage is unavailable. */
export function saveProgress(
  id: string,
  scenario: Scenario,
  choices: readonly number[],
  store: KeyValueStore | undefined = browserStorage(),
): boolean {
  if (!store) return false;
  const record: SavedProgress = {
    version: STORAGE_VERSION,
    scenario: id,
    fingerprint: fingerprintScenario(scenario),
    choices: [...choices],
    savedAt: new Date().toISOString(),
  };
  try {
    store.setItem(progressKey(id), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** The endings found so far; `movedAside` names the backup key when a damaged list was set aside (tell the learner). */
export interface EndingsFound {
  endings: string[];
  movedAside: string | null;
}

/** Endings found so far in a scenario (only ids that still exist); a corrupt list is moved aside and reported. */
export function loadEndingsFound(
  id: string,
  scenario: Scenario,
  store: KeyValueStore | undefined = browserStorage(),
): EndingsFound {
  const none: EndingsFound = { endings: [], movedAside: null };
  if (!store) return none;
  const key = endingsKey(id);
  try {
    const raw = store.getItem(key);
    if (raw === null) return none;
    let list: unknown;
    try {
      list = JSON.parse(raw);
    } catch {
      list = null;
    }
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
      return { endings: [], movedAside: moveAside(store, key, raw) };
    }
    const known = new Set(scenario.endings.map((e) => e.id));
    return { endings: list.filter((x) => known.has(x)), movedAside: null };
  } catch {
    return none;
  }
}

/** Adds an ending to the found list and returns the new list. */
export function recordEnding(
  id: string,
  scenario: Scenario,
  ending: string,
  store: KeyValueStore | undefined = browserStorage(),
): string[] {
  const found = loadEndingsFound(id, scenario, store).endings;
  const next = found.includes(ending) ? found : [...found, ending];
  try {
    store?.setItem(endingsKey(id), JSON.stringify(next));
  } catch {
    /* private mode: the list lasts for this visit */
  }
  return next;
}
