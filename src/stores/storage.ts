// Browser storage primitives shared by every store. Storage is untrusted input: every access may throw (private
// modes, sandboxes, full quota), and a record that cannot be used is moved aside, never silently dropped.

/** The slice of the Web Storage API the stores need (tests pass a fake). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where a record that could not be used is kept, so nothing is ever silently dropped. */
export const backupKey = (key: string) => `${key}:backup`;

/** The browser's localStorage, or undefined when it is missing or access throws (private modes, sandboxes). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Copies `raw` to the backup key of `key` and clears `key`; returns the backup key. */
export function moveAside(store: KeyValueStore, key: string, raw: string, target = backupKey(key)): string {
  try {
    store.setItem(target, raw);
    store.removeItem(key);
  } catch {
    /* storage full or blocked: the original stays where it was, which is still not a silent drop */
  }
  return target;
}
