// The learner's progress across the site (pages visited, pages and path stops marked done, where they were last).
// Browser storage is untrusted input: it is read and saved through the one record loader (records.ts), so a record
// that cannot be used is set aside with a reason and offered for download, and a stale tab never saves over a newer
// revision. Only same-site paths are ever accepted as places to link back to.
import { type CheckRecord, emptyChecks, isIsoTime, parseChecks, REF } from './check-record';
import { isRecord, type Loaded, loadRecord, type RecordKind, type Saved, type Slot, saveRecord } from './records';
import { browserStorage as localStorageOrUndefined } from './storage';

/** Storage key of the current progress record. */
export const PROGRESS_KEY = 'stl:progress';
/**
 * Version of the record's shape; bump it when the shape changes and teach `upgradeProgress` the old one.
 * 2 added knowledge-check results (`checks`) and the learner's name for the learning record (`name`).
 */
export const PROGRESS_VERSION = 2;
/** Longest learner name kept. */
export const MAX_NAME = 80;
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
  /** Knowledge-check results and spaced review (see check-record.ts). */
  checks: CheckRecord;
  /** The learner's name as typed on the learning record page; stays in this browser and in their own downloads. */
  name?: string;
}

/** The part of Web Storage we use; tests pass an in-memory one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Why a stored or imported record was not accepted (`newer`: written by a newer version of the site). */
export type ProgressProblem = 'corrupt' | 'outdated' | 'newer' | 'too-large' | 'not-json';

/** A result of reading: the record to use, and what went wrong if anything. */
export interface ProgressRead {
  progress: Progress;
  problem?: ProgressProblem;
}

/** A new, empty record. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, visited: {}, done: {}, checks: emptyChecks() };
}

/**
 * True for a path of this site that may become a link: one leading slash followed by lower-case segments. Rejects
 * `//host`, `/\host`, backslashes, schemes, dots, queries and anything else a browser could resolve off-site.
 */
export const isSitePath = (path: unknown): path is string =>
  typeof path === 'string' && path.length <= 200 && /^\/(?:[a-z0-9-]+\/)*[a-z0-9-]*$/.test(path);

/** The link for a site path under the site's base ("/" or "/scrum-trust-lab/"), or null when it is not same-site. */
export function siteHref(base: string, path: unknown): string | null {
  if (!isSitePath(path) || !/^\/(?:[a-z0-9-]+\/)*$/.test(base)) return null;
  return base.replace(/\/$/, '') + path;
}

function timeMap(value: unknown, isKey: (key: string) => boolean): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const out: Record<string, string> = {};
  for (const [key, time] of Object.entries(value)) {
    if (!isKey(key) || !isIsoTime(time)) return null;
    out[key] = time;
  }
  return out;
}

/** The shape check of a record of the current version: a clean copy, or null when it is damaged. */
function parseCurrent(value: unknown): Progress | null {
  if (!isRecord(value)) return null;
  const visited = timeMap(value.visited, isSitePath);
  const done = timeMap(value.done, (k) => REF.test(k));
  const checks = parseChecks(value.checks);
  if (!visited || !done || !checks) return null;
  const progress: Progress = { version: PROGRESS_VERSION, visited, done, checks };
  if (value.name !== undefined) {
    if (typeof value.name !== 'string' || value.name.length > MAX_NAME) return null;
    progress.name = value.name;
  }
  const last = value.last;
  if (last !== undefined) {
    if (
      !isRecord(last) ||
      !isSitePath(last.path) ||
      typeof last.title !== 'string' ||
      last.title.length > 200 ||
      !isIsoTime(last.at)
    )
      return null;
    progress.last = { path: last.path, title: last.title, at: last.at };
  }
  return progress;
}

/** The record kind of learner progress, for the shared loader. */
export const progressKind: RecordKind<Progress> = {
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  maxSize: MAX_RECORD_SIZE,
  upgrade: upgradeProgress,
  parse: parseCurrent,
};

/** Reads a version 1 record (before check results) as version 2; anything else passes unchanged. */
export function upgradeProgress(value: unknown): unknown {
  if (!isRecord(value) || value.version !== 1) return value;
  return { ...value, version: 2, checks: value.checks ?? emptyChecks() };
}

/** The browser's localStorage, or null where it is unavailable (private modes, disabled storage). */
export function browserStorage(): StorageLike | null {
  return localStorageOrUndefined() ?? null;
}

/** Reads the record without changing storage; `problem` is set when a stored record could not be read. */
export function peekProgress(storage: StorageLike | null): ProgressRead {
  const { loaded } = loadRecord(progressKind, storage ?? undefined, { setAside: false });
  if (loaded.status === 'loaded') return { progress: loaded.record };
  if (loaded.status === 'set-aside') return { progress: emptyProgress(), problem: loaded.reason };
  return { progress: emptyProgress() };
}

/** The record as the progress page loads it: the outcome to report, the slot to save through, the record to show. */
export interface ProgressLoad {
  loaded: Loaded<Progress>;
  slot: Slot;
  progress: Progress;
}

/**
 * Reads the record; an unreadable one is copied aside (read back before the original is cleared) so the learner
 * can download it, and progress continues. When the copy fails the original stays and nothing is saved over it.
 */
export function loadProgress(storage: StorageLike | null): ProgressLoad {
  const { loaded, slot } = loadRecord(progressKind, storage ?? undefined);
  return { loaded, slot, progress: loaded.status === 'loaded' ? loaded.record : emptyProgress() };
}

/** Saves the record through a slot (compare-and-set against the revision the slot last saw). */
export function saveProgress(slot: Slot, progress: Progress): Saved {
  return saveRecord(slot, progress);
}

/**
 * Applies `change` to the stored record and saves it — but only when the stored record is readable, so a page that
 * merely records a visit never overwrites a record the learner has not been told about. Returns the new record.
 */
export function updateProgress(storage: StorageLike | null, change: (p: Progress) => void): Progress | null {
  for (let attempt = 0; attempt < 2; attempt++) {
    const { loaded, slot } = loadRecord(progressKind, storage ?? undefined, { setAside: false });
    if (loaded.status !== 'loaded' && loaded.status !== 'empty') return null;
    const progress = loaded.status === 'loaded' ? loaded.record : emptyProgress();
    change(progress);
    const saved = saveRecord(slot, progress);
    if (saved.status === 'saved') return progress;
    if (saved.status !== 'conflict') return null; // another tab saved in between: read again and retry once
  }
  return null;
}

/** Records a visit to a page and remembers it as the last place. */
export function recordVisit(progress: Progress, path: string, title: string, now = new Date()): void {
  if (!isSitePath(path)) return;
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

/** How much a record holds, for the import preview. */
/** Event fired on `document` when progress changes outside the page's own controls (e.g. a scenario ending). */
export const PROGRESS_CHANGED = 'stl:progress-changed';
