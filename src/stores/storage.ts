// Browser storage primitives shared by every store. Storage is untrusted input: every access may throw (private
// modes, sandboxes, full quota). A record that cannot be used is copied aside under a key of its own, and the
// original is removed only once the copy has been read back: nothing is ever dropped on the strength of a copy that
// does not exist.

/** The slice of the Web Storage API the stores need (tests pass a fake). `key`/`length` list set-aside copies. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

/** The browser's localStorage, or undefined when it is missing or access throws (private modes, sandboxes). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** True when an error from storage means "full" (quota), as opposed to "blocked". */
export const isQuotaError = (error: unknown) =>
  error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** Reads a key; undefined when storage throws (null still means "nothing there"). */
export function readKey(store: KeyValueStore, key: string): string | null | undefined {
  try {
    return store.getItem(key);
  } catch {
    return undefined;
  }
}

/** Prefix of every set-aside copy of `key`. */
export const setAsidePrefix = (key: string) => `${key}:set-aside:`;

/** A key for a new set-aside copy of `key`, unique among the keys already in `store` (never overwrites one). */
export function newSetAsideKey(store: KeyValueStore, key: string, now = Date.now()): string | null {
  for (let n = 1; n < 1000; n++) {
    const candidate = `${setAsidePrefix(key)}${now}-${n}`;
    const existing = readKey(store, candidate);
    if (existing === undefined) return null;
    if (existing === null) return candidate;
  }
  return null;
}

/** The outcome of copying a record aside: `copyKey` is set only when the copy was written and read back intact. */
export type CopyResult = { ok: true; copyKey: string } | { ok: false; full: boolean };

/** Writes `raw` to a new set-aside key and reads it back; the original is left alone. */
export function copyAside(store: KeyValueStore, key: string, raw: string, now = Date.now()): CopyResult {
  const copyKey = newSetAsideKey(store, key, now);
  if (!copyKey) return { ok: false, full: false };
  try {
    store.setItem(copyKey, raw);
  } catch (error) {
    return { ok: false, full: isQuotaError(error) };
  }
  if (readKey(store, copyKey) === raw) return { ok: true, copyKey };
  try {
    store.removeItem(copyKey); // a partial or altered copy is worse than none: it would be offered as the record
  } catch {
    /* nothing more to do */
  }
  return { ok: false, full: false };
}

/**
 * Copies `raw` aside and, only when the copy really exists, clears `key` so a fresh record can start. When the copy
 * fails the original stays where it is and the caller must not write over it (work in memory and say so).
 */
export function moveAside(store: KeyValueStore, key: string, raw: string, now = Date.now()): CopyResult {
  const copy = copyAside(store, key, raw, now);
  if (!copy.ok) return copy;
  try {
    store.removeItem(key);
  } catch {
    /* the original stays too: two copies, nothing lost */
  }
  return copy;
}

/** A copy kept aside (or an older backup key from earlier versions of the site), for the learner to download. */
export interface SetAsideCopy {
  key: string;
  /** When it was set aside (ms since 1970), or null for a copy from an older version of the site. */
  at: number | null;
}

/** The set-aside copies of `key` in `store` (with the `:backup` keys earlier versions used), newest first. */
export function listSetAside(store: KeyValueStore | undefined, key: string): SetAsideCopy[] {
  const copies: SetAsideCopy[] = [];
  const prefix = setAsidePrefix(key);
  const legacy = `${key}:backup`;
  try {
    const length = store?.length ?? 0;
    for (let i = 0; i < length; i++) {
      const k = store?.key?.(i);
      if (!k) continue;
      if (k.startsWith(prefix)) {
        const [at = '', n = ''] = k.slice(prefix.length).split('-');
        if (/^\d+$/.test(at) && /^\d+$/.test(n)) copies.push({ key: k, at: Number(at) });
      } else if (k === legacy || k.startsWith(`${legacy}:`)) copies.push({ key: k, at: null });
    }
  } catch {
    /* blocked storage lists nothing */
  }
  const order = (c: SetAsideCopy) => [c.at ?? 0, Number(c.key.split('-').at(-1)) || 0] as const;
  return copies.sort((a, b) => {
    const [at1, n1] = order(a);
    const [at2, n2] = order(b);
    return at2 - at1 || n2 - n1;
  });
}
