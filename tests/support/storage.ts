// Fake Web Storage for store tests: an in-memory one, and one that throws on every call (private modes, full quota).

/** An in-memory Web Storage; `data` exposes what was written. */
export function memoryStorage(initial: Record<string, string> = {}): Storage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

/** A storage that throws on every access. */
export const throwingStorage: Storage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
  clear: () => {
    throw new Error('SecurityError');
  },
  key: () => {
    throw new Error('SecurityError');
  },
  length: 0,
};

/**
 * A storage that fills up like a real one: `setItem` throws a DOMException named QuotaExceededError when a value is
 * longer than `maxValue` characters, or once `writesLeft` writes have succeeded. Reads and removals keep working.
 */
export function quotaStorage(
  initial: Record<string, string> = {},
  { maxValue = Number.POSITIVE_INFINITY, writesLeft = Number.POSITIVE_INFINITY } = {},
): Storage & { data: Map<string, string>; writesLeft: number } {
  const inner = memoryStorage(initial);
  const store = Object.assign(inner, {
    writesLeft,
    setItem: (k: string, v: string) => {
      if (String(v).length > maxValue || store.writesLeft <= 0)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      store.writesLeft--;
      inner.data.set(k, String(v));
    },
  });
  return store;
}
