// The one loader and saver for every saved record (scenario progress, endings found, workshop sessions, learner
// progress). Each record carries its format `version` and a `revision` that grows with every save, so a tab that
// loaded an older revision never writes over a newer one (compare-and-set), and a record it cannot use is set aside
// with a reason the views turn into words (see notices.ts).
import { browserStorage, isQuotaError, type KeyValueStore, moveAside, readKey } from './storage';

/** What the loader needs to know about one kind of record. */
export interface RecordKind<T> {
  /** The storage key. */
  key: string;
  /** The format version this code writes and reads. */
  version: number;
  /** Largest stored text accepted (characters). */
  maxSize?: number;
  /** Turns a shape written before records had a version (e.g. a bare list) into the current one. */
  upgrade?: (value: unknown) => unknown;
  /** The shape check: a clean record of this version, or null when the record is damaged. */
  parse: (value: unknown) => T | null;
  /** Whether a well-formed record still fits the content it was made against (scenario changed, replay fails …). */
  fits?: (record: T) => 'ok' | 'outdated' | 'corrupt';
}

/** Why a record was set aside: damaged, made for an older version of the content or format, or by a newer site. */
export type SetAsideReason = 'corrupt' | 'outdated' | 'newer';

/** The outcome of loading a record; `set-aside` must be shown to the learner, with a download of `raw`. */
export type Loaded<T> =
  | { status: 'empty' }
  | { status: 'loaded'; record: T }
  | {
      status: 'set-aside';
      reason: SetAsideReason;
      /** Exactly what was set aside (offered for download). */
      raw: string;
      /** The key of the copy kept in storage; null when it stayed where it was (copy failed, or a newer record). */
      copyKey: string | null;
      /** True when the copy could not be made because storage is full. */
      full: boolean;
    }
  | { status: 'unavailable' };

/**
 * Where a view's record lives and what it last saw. `revision` is the revision loaded or last saved; `blocked` is
 * set when an unusable original had to stay in place, so nothing may be written over it this visit.
 */
export interface Slot {
  key: string;
  store: KeyValueStore | undefined;
  revision: number;
  blocked: boolean;
}

/** Outcome of a save: `conflict` means another tab saved a newer revision (reload it); `failed` means storage refused. */
export type Saved =
  | { status: 'saved'; revision: number }
  | { status: 'conflict' }
  | { status: 'failed'; full: boolean }
  | { status: 'blocked' };

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The revision stored in a record's text: 0 for records from before revisions, null when the text is unreadable. */
export function revisionOf(raw: string): number | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value)) return 0; // a list from before records had a version
    if (!isRecord(value)) return null;
    const r = value.revision;
    return Number.isSafeInteger(r) && (r as number) >= 0 ? (r as number) : 0;
  } catch {
    return null;
  }
}

/** Checks stored text against a kind: the record, or why it cannot be used. */
export function readRecord<T>(kind: RecordKind<T>, raw: string): { record: T } | { reason: SetAsideReason } {
  if (raw.length > (kind.maxSize ?? 1_000_000)) return { reason: 'corrupt' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { reason: 'corrupt' };
  }
  if (kind.upgrade) value = kind.upgrade(value);
  if (!isRecord(value)) return { reason: 'corrupt' };
  const version = value.version;
  if (!Number.isSafeInteger(version)) return { reason: 'corrupt' };
  if ((version as number) > kind.version) return { reason: 'newer' };
  if ((version as number) < kind.version) return { reason: 'outdated' };
  const record = kind.parse(value);
  if (!record) return { reason: 'corrupt' };
  const fit = kind.fits?.(record) ?? 'ok';
  return fit === 'ok' ? { record } : { reason: fit };
}

/**
 * Loads a record. A damaged or outdated one is moved aside (copy written and read back first, then the original
 * cleared); when the copy fails, or the record comes from a newer version of the site, the original stays untouched
 * and the slot is blocked so the view works in memory. `setAside: false` only reads (pages that merely look).
 */
export function loadRecord<T>(
  kind: RecordKind<T>,
  store: KeyValueStore | undefined = browserStorage(),
  options: { setAside?: boolean; now?: number } = {},
): { loaded: Loaded<T>; slot: Slot } {
  const slot: Slot = { key: kind.key, store, revision: 0, blocked: false };
  if (!store) return { loaded: { status: 'unavailable' }, slot };
  const raw = readKey(store, kind.key);
  if (raw === undefined) return { loaded: { status: 'unavailable' }, slot };
  if (raw === null) return { loaded: { status: 'empty' }, slot };
  const read = readRecord(kind, raw);
  slot.revision = revisionOf(raw) ?? 0;
  if ('record' in read) return { loaded: { status: 'loaded', record: read.record }, slot };
  const keepInPlace = read.reason === 'newer' || options.setAside === false;
  const moved = keepInPlace ? null : moveAside(store, kind.key, raw, options.now);
  const copyKey = moved?.ok ? moved.copyKey : null;
  if (!copyKey) slot.blocked = true;
  else slot.revision = 0;
  const full = moved !== null && !moved.ok && moved.full;
  return { loaded: { status: 'set-aside', reason: read.reason, raw, copyKey, full }, slot };
}

/**
 * Saves a record with compare-and-set: when the stored revision is newer than the one this slot last saw (another
 * tab saved), or the stored text is not a record this code could have written, nothing is written.
 */
export function saveRecord<T extends object>(slot: Slot, record: T): Saved {
  const { store } = slot;
  if (slot.blocked) return { status: 'blocked' };
  if (!store) return { status: 'failed', full: false };
  const current = readKey(store, slot.key);
  if (current === undefined) return { status: 'failed', full: false };
  const stored = current === null ? 0 : revisionOf(current);
  if (stored === null || stored > slot.revision) return { status: 'conflict' };
  const revision = Math.max(slot.revision, stored) + 1;
  try {
    store.setItem(slot.key, JSON.stringify({ ...record, revision }));
  } catch (error) {
    return { status: 'failed', full: isQuotaError(error) };
  }
  slot.revision = revision;
  return { status: 'saved', revision };
}

/** Re-reads a slot's record after another tab changed it (never moves anything aside): adopts its revision. */
export function reloadRecord<T>(kind: RecordKind<T>, slot: Slot): Loaded<T> {
  const { loaded, slot: fresh } = loadRecord(kind, slot.store, { setAside: false });
  if (loaded.status === 'loaded' || loaded.status === 'empty') {
    slot.revision = fresh.revision;
    slot.blocked = false;
  }
  return loaded;
}

/** The JSON text of a record as a file to download (the revision is kept so a re-import can tell). */
export const recordText = (record: object) => JSON.stringify(record, null, 2);
