// A learner's own play of one scenario: the choices made (replayed on load) and the endings found so far. Loaded and
// saved through the one record loader (records.ts): versioned, revisioned, set aside with a reason when unusable.
import { fingerprintScenario, replayChoices, type Scenario } from '../scenarios';
import { type Loaded, loadRecord, type RecordKind, reloadRecord, type Saved, type Slot, saveRecord } from './records';
import { type EndingsRecord, endingsKind } from './scenario-endings';
import type { KeyValueStore } from './storage';
import { browserStorage } from './storage';

export { type EndingsRecord, endingsKey, endingsKind } from './scenario-endings';

/** Version of the saved-progress format; bump it when SavedProgress changes shape. */
export const STORAGE_VERSION = 1;

/** localStorage key for a scenario's progress. */
export const progressKey = (id: string) => `stl:scenario:v${STORAGE_VERSION}:${id}`;

/** What is saved: the choices made (replayed on load), and what they were made against. */
export interface SavedProgress {
  version: typeof STORAGE_VERSION;
  scenario: string;
  fingerprint: string;
  choices: number[];
  savedAt: string;
}

const isIndexList = (v: unknown): v is number[] =>
  Array.isArray(v) && v.length <= 200 && v.every((n) => Number.isInteger(n) && n >= 0 && n < 100);

/** The schema for saved progress: a clean record when the shape is right, otherwise null. */
export function parseSavedProgress(value: unknown): SavedProgress | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const ok =
    r.version === STORAGE_VERSION &&
    typeof r.scenario === 'string' &&
    typeof r.fingerprint === 'string' &&
    isIndexList(r.choices) &&
    typeof r.savedAt === 'string';
  if (!ok) return null;
  return {
    version: STORAGE_VERSION,
    scenario: r.scenario as string,
    fingerprint: r.fingerprint as string,
    choices: [...(r.choices as number[])],
    savedAt: r.savedAt as string,
  };
}

/** The record kind of a scenario's progress: another scenario's record is damaged, a changed scenario outdated. */
export function progressKind(id: string, scenario: Scenario): RecordKind<SavedProgress> {
  return {
    key: progressKey(id),
    version: STORAGE_VERSION,
    maxSize: 20_000,
    parse: parseSavedProgress,
    fits: (r) =>
      r.scenario !== id
        ? 'corrupt'
        : r.fingerprint !== fingerprintScenario(scenario) || !replayChoices(scenario, r.choices).ok
          ? 'outdated'
          : 'ok',
  };
}

/** Saved progress as loaded: the outcome (tell the learner), the slot to save through, and the choices to replay. */
export interface ProgressLoad {
  loaded: Loaded<SavedProgress>;
  slot: Slot;
  choices: number[];
}

/** Loads and checks saved progress; a record that cannot be used is set aside (see records.ts) and reported. */
export function loadProgress(
  id: string,
  scenario: Scenario,
  store: KeyValueStore | undefined = browserStorage(),
): ProgressLoad {
  const { loaded, slot } = loadRecord(progressKind(id, scenario), store);
  return { loaded, slot, choices: loaded.status === 'loaded' ? loaded.record.choices : [] };
}

/** Re-reads progress another tab saved; the choices, or null when there is nothing usable to adopt. */
export function reloadProgress(id: string, scenario: Scenario, slot: Slot): number[] | null {
  const loaded = reloadRecord(progressKind(id, scenario), slot);
  return loaded.status === 'loaded' ? loaded.record.choices : loaded.status === 'empty' ? [] : null;
}

/** The record for `choices`, as saved and as offered for download. */
export function progressRecord(id: string, scenario: Scenario, choices: readonly number[]): SavedProgress {
  return {
    version: STORAGE_VERSION,
    scenario: id,
    fingerprint: fingerprintScenario(scenario),
    choices: [...choices],
    savedAt: new Date().toISOString(),
  };
}

/** Saves the choices made so far (compare-and-set: never over a newer revision from another tab). */
export function saveProgress(slot: Slot, id: string, scenario: Scenario, choices: readonly number[]): Saved {
  return saveRecord(slot, progressRecord(id, scenario, choices));
}

/** The endings found as loaded: every stored id (unknown ones included), the outcome and the slot. */
export interface EndingsLoad {
  loaded: Loaded<EndingsRecord>;
  slot: Slot;
  endings: string[];
}

/** Endings found so far in a scenario; a damaged list is set aside and reported. */
export function loadEndingsFound(id: string, store: KeyValueStore | undefined = browserStorage()): EndingsLoad {
  const { loaded, slot } = loadRecord(endingsKind(id), store);
  return { loaded, slot, endings: loaded.status === 'loaded' ? loaded.record.endings : [] };
}

/** The ids in `found` that are endings of this scenario (what the map and its count show). */
export const knownEndings = (scenario: Scenario, found: readonly string[]) => {
  const known = new Set(scenario.endings.map((e) => e.id));
  return found.filter((e) => known.has(e));
};

/**
 * Adds an ending to the found list: re-reads the stored list first (another tab may have found others), keeps every
 * id, saves, and returns the list to show with how the save went.
 */
export function recordEnding(
  slot: Slot,
  id: string,
  found: readonly string[],
  ending: string,
): { endings: string[]; saved: Saved } {
  const stored = slot.blocked ? null : reloadRecord(endingsKind(id), slot);
  const theirs = stored?.status === 'loaded' ? stored.record.endings : [];
  const endings = [...new Set([...found, ...theirs, ending])];
  return { endings, saved: saveRecord(slot, { version: STORAGE_VERSION, scenario: id, endings }) };
}

/** Re-reads the endings another tab saved; the ids stored there (none when nothing usable is stored). */
export function reloadEndings(id: string, slot: Slot): string[] {
  if (slot.blocked) return [];
  const loaded = reloadRecord(endingsKind(id), slot);
  return loaded.status === 'loaded' ? loaded.record.endings : [];
}
