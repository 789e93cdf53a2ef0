// Every set-aside copy of every record of this site, for the progress page's list: a module of its own, so the
// storage helpers every page loads at start stay as small as they are.
import { type KeyValueStore, listSetAside, type SetAsideCopy } from './storage';

/** A set-aside copy of any record of this site, with the key of the record it was copied from. */
export interface AnySetAsideCopy extends SetAsideCopy {
  /** The record's own key ("stl:progress", "stl:scenario:v1:done-mostly" …). */
  of: string;
}

/** Every set-aside copy of every record of this site (keys under `stl:`), newest first. */
export function listAllSetAside(store: KeyValueStore | undefined): AnySetAsideCopy[] {
  const records = new Set<string>();
  try {
    const length = store?.length ?? 0;
    for (let i = 0; i < length; i++) {
      const k = store?.key?.(i);
      const m = k && /^(stl:.+?)(?::set-aside:\d+-\d+|:backup(?::.*)?)$/.exec(k);
      if (m?.[1]) records.add(m[1]);
    }
  } catch {
    /* blocked storage lists nothing */
  }
  return [...records]
    .flatMap((of) => listSetAside(store, of).map((copy) => ({ ...copy, of })))
    .sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
}
