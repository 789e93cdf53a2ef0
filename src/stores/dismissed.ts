// Notices the reader dismissed, so the same notice does not come back on the next visit ("Welcome back" on a
// projector every reload). A small versioned record through records.ts like every other; if it cannot be read or
// saved, notices simply show again (nothing else depends on it).
import { loadRecord, type RecordKind, saveRecord } from './records';
import { browserStorage, type KeyValueStore } from './storage';

export const DISMISSED_VERSION = 1;
export const dismissedKey = 'stl:dismissed:v1';
/** The most dismissals kept; the oldest go first. */
const MAX = 200;

interface Dismissed {
  version: typeof DISMISSED_VERSION;
  ids: string[];
}

const kind: RecordKind<Dismissed> = {
  key: dismissedKey,
  version: DISMISSED_VERSION,
  maxSize: 40_000,
  parse: (value) => {
    const r = value as Record<string, unknown>;
    const ok =
      Array.isArray(r.ids) && r.ids.length <= MAX && r.ids.every((x) => typeof x === 'string' && x.length <= 200);
    return ok ? { version: DISMISSED_VERSION, ids: [...(r.ids as string[])] } : null;
  },
};

/** A notice's identity: where it shows, which notice, and a short hash of its words (a changed notice shows again). */
export function noticeKey(scope: string, id: string, text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${scope}:${id}:${(h >>> 0).toString(36)}`.slice(0, 200);
}

/** Whether this notice was dismissed before (false when storage cannot say). */
export function wasDismissed(key: string, store: KeyValueStore | undefined = browserStorage()): boolean {
  const { loaded } = loadRecord(kind, store, { setAside: false });
  return loaded.status === 'loaded' && loaded.record.ids.includes(key);
}

/** Remembers a dismissal; a damaged list is set aside like any record and a new one started. */
export function rememberDismissed(key: string, store: KeyValueStore | undefined = browserStorage()): void {
  const { loaded, slot } = loadRecord(kind, store);
  const ids = loaded.status === 'loaded' ? loaded.record.ids.filter((x) => x !== key) : [];
  saveRecord(slot, { version: DISMISSED_VERSION, ids: [...ids, key].slice(-MAX) });
}
