// The learner's progress across the site (pages visited, pages and path stops marked done, where they were last).
// Browser storage is untrusted input: every access is guarded, the record is shape-checked, and a record that cannot
// be read is moved aside under a backup key and reported — never silently dropped.
import { browserStorage as localStorageOrUndefined, moveAside } from './storage';

/** Storage key of the current progress record. */
export const PROGRESS_KEY = 'stl:progress';
/** Prefix of keys holding records that could not be read, kept for the learner to download. */
export const BACKUP_PREFIX = 'stl:progress:backup:';
/** Version of the record's shape; bump it when the shape changes and teach `parseProgress` the old one. */
export const PROGRESS_VERSION = 1;
/** Largest record accepted from storage or an imported file (characters). */
export const MAX_RECORD_SIZE = 200_000;

/** Where the learner was last. */
export interface LastPlace {
  path: string;
  title: string;
  at: string;
}

/** The saved progress record. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Site path ("/roles/product-owner/") → ISO time of the first visit. */
  visited: Record<string, string>;
  /** Entry ref ("roles/product-owner") → ISO time it was marked done. */
  done: Record<string, string>;
  last?: LastPlace;
}

/** The part of Web Storage we use; tests pass an in-memory one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Why a stored or imported record was not accepted. */
export type ProgressProblem = 'corrupt' | 'unknown-version' | 'too-large';

/** A result of reading: the record to use, and what went wrong if anything. */
export interface ProgressRead {
  progress: Progress;
  problem?: ProgressProblem;
  /** Where an unreadable record was moved to. */
  backupKey?: string;
}

/** A new, empty record. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, visited: {}, done: {} };
}

const PATH = /^\/[a-z0-9\-/]{0,200}$/;
const REF = /^[a-z]+\/[a-z0-9-]{1,100}$/;
const isIsoTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function timeMap(value: unknown, keyPattern: RegExp): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const out: Record<string, string> = {};
  for (const [key, time] of Object.entries(value)) {
    if (!keyPattern.test(key) || !isIsoTime(time)) return null;
    out[key] = time;
  }
  return out;
}

/** Checks the shape of a parsed record; returns a clean copy or the reason it was refused. */
export function parseProgress(value: unknown): { progress: Progress } | { problem: ProgressProblem } {
  if (!isRecord(value)) return { problem: 'corrupt' };
  if (value.version !== PROGRESS_VERSION)
    return { problem: typeof value.version === 'number' ? 'unknown-version' : 'corrupt' };
  const visited = timeMap(value.visited, PATH);
  const done = timeMap(value.done, REF);
  if (!visited || !done) return { problem: 'corrupt' };
  const progress: Progress = { version: PROGRESS_VERSION, visited, done };
  const last = value.last;
  if (last !== undefined) {
    if (
      !isRecord(last) ||
      typeof last.path !== 'string' ||
      !PATH.test(last.path) ||
      typeof last.title !== 'string' ||
      last.title.length > 200 ||
      !isIsoTime(last.at)
    )
      return { problem: 'corrupt' };
    progress.last = { path: last.path, title: last.title, at: last.at };
  }
  return { progress };
}

/** Parses record text (from storage or an imported file). */
export function parseProgressText(text: string): { progress: Progress } | { problem: ProgressProblem } {
  if (text.length > MAX_RECORD_SIZE) return { problem: 'too-large' };
  try {
    return parseProgress(JSON.parse(text));
  } catch {
    return { problem: 'corrupt' };
  }
}

/** The browser's localStorage, or null where it is unavailable (private modes, disabled storage). */
export function browserStorage(): StorageLike | null {
  return localStorageOrUndefined() ?? null;
}

/** Reads the record without changing storage; `problem` is set when a stored record could not be read. */
export function peekProgress(storage: StorageLike | null): ProgressRead {
  let text: string | null = null;
  try {
    text = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return { progress: emptyProgress() };
  }
  if (text === null) return { progress: emptyProgress() };
  const parsed = parseProgressText(text);
  return 'progress' in parsed ? { progress: parsed.progress } : { progress: emptyProgress(), problem: parsed.problem };
}

/**
 * Reads the record; an unreadable one is copied to a backup key (so the learner can download it) and the
 * main key is cleared so progress can continue. The result says what happened so the page can tell the learner.
 */
export function loadProgress(storage: StorageLike | null): ProgressRead {
  const read = peekProgress(storage);
  if (!read.problem || !storage) return read;
  let raw: string | null = null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return read;
  }
  const backupKey = moveAside(storage, PROGRESS_KEY, raw ?? '', `${BACKUP_PREFIX}${new Date().toISOString()}`);
  return { ...read, backupKey };
}

/** Saves the record; returns false when storage refused it. */
export function saveProgress(storage: StorageLike | null, progress: Progress): boolean {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return storage !== null;
  } catch {
    return false;
  }
}

/**
 * Applies `change` to the stored record and saves it — but only when the stored record is readable, so a page that
 * merely records a visit never overwrites a record the learner has not been told about. Returns the new record.
 */
export function updateProgress(storage: StorageLike | null, change: (p: Progress) => void): Progress | null {
  const read = peekProgress(storage);
  if (read.problem) return null;
  change(read.progress);
  return saveProgress(storage, read.progress) ? read.progress : null;
}

/** Records a visit to a page and remembers it as the last place. */
export function recordVisit(progress: Progress, path: string, title: string, now = new Date()): void {
  if (!PATH.test(path)) return;
  const at = now.toISOString();
  progress.visited[path] ??= at;
  progress.last = { path, title: title.slice(0, 200), at };
}

/** Marks an entry done, or not done. */
export function setDone(progress: Progress, ref: string, done: boolean, now = new Date()): void {
  if (!REF.test(ref)) return;
  if (done) progress.done[ref] ??= now.toISOString();
  else delete progress.done[ref];
}

/** Keys of records that were moved aside, newest first. */
export function backupKeys(storage: StorageLike | null): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage?.key(i);
      if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
    }
  } catch {
    return keys;
  }
  return keys.sort().reverse();
}

/** Event fired on `document` when progress changes outside the page's own controls (e.g. a scenario ending). */
export const PROGRESS_CHANGED = 'stl:progress-changed';

/** Marks an entry done in the browser's stored progress and tells the page's controls to refresh. */
export function markDone(ref: string): void {
  if (updateProgress(browserStorage(), (p) => setDone(p, ref, true))) {
    document.dispatchEvent(new CustomEvent(PROGRESS_CHANGED));
  }
}
