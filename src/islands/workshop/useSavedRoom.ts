// What the console and the split room both do with their saved record: load it once (telling the facilitator when
// it was set aside, could not be read from storage, or was resumed), save every change compare-and-set, follow
// another tab's save, and warn instead of overwriting when this tab holds changes it could not save.
import { useEffect, useRef, useState } from 'react';
import { downloadText } from '../../lib/download';
import * as N from '../../stores/notices';
import type { Loaded, Saved, Slot } from '../../stores/records';
import { cannotSaveNotice, saveReporter, useNotices, useStorageEvent } from '../shared/useSaved';

/** How one kind of room is kept: its storage key and the store functions for it. */
export interface RoomStore<T> {
  /** The storage key other tabs write (listened to). */
  key: string;
  /** Where lasting notice dismissals are remembered, e.g. "workshop:<id>". */
  scope: string;
  /** File name of a download: the set-aside copy or this tab's state. */
  fileName: (setAside: boolean) => string;
  load: () => { loaded: Loaded<T>; slot: Slot; value: T };
  /** Re-reads what another tab saved; null when there is nothing usable to adopt. */
  reload: (slot: Slot) => T | null;
  save: (slot: Slot, value: T) => Saved;
  /** What a download of the current state holds. */
  record: (value: T) => unknown;
  /** True when two states are the same apart from the time saved. */
  same: (a: T, b: T) => boolean;
  /** True once the room holds anything worth saving (a fresh room is not written, nor "resumed"). */
  started: (value: T) => boolean;
}

/**
 * The room's state as saved: `value` is null until loaded (after hydration), `setValue` changes it and saves it.
 * `notices` is the stack the view shows. Loads again when `loadKey` changes (another scenario or pair).
 */
export function useSavedRoom<T>(store: RoomStore<T>, loadKey: string) {
  const [value, setValue] = useState<T | null>(null);
  const slot = useRef<Slot | null>(null);
  /** What storage holds for this slot, as last loaded or saved. */
  const stored = useRef<T | null>(null);
  const current = useRef(value);
  current.current = value;
  const latest = useRef(store);
  latest.current = store;

  const downloadCurrent = () => {
    if (current.current) downloadText(JSON.stringify(store.record(current.current), null, 2), store.fileName(false));
  };
  const cannotSave = cannotSaveNotice('workshop', downloadCurrent);
  const notices = useNotices(() => [], store.scope);
  /** Shows what another tab saved. */
  const adoptStored = () => {
    notices.drop('conflict');
    const theirs = slot.current ? store.reload(slot.current) : null;
    if (!theirs) return;
    stored.current = theirs;
    if (current.current && store.same(current.current, theirs)) return;
    setValue(theirs);
    notices.show({ id: 'updated', text: N.updatedElsewhere.workshop });
  };
  const report = saveReporter(notices.show, 'workshop', cannotSave, adoptStored, downloadCurrent);
  useStorageEvent([store.key], () => {
    // Follow the other tab, unless this one has changes it could not save (then warn and let the facilitator pick).
    const mine = current.current;
    if (!mine || !stored.current || store.same(mine, stored.current)) adoptStored();
    else report({ status: 'conflict' });
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per room; the notice helpers only touch setters
  useEffect(() => {
    const s = latest.current;
    const { loaded, slot: loadedSlot, value: loadedValue } = s.load();
    slot.current = loadedSlot;
    stored.current = loaded.status === 'loaded' ? loadedValue : null;
    setValue(loadedValue);
    if (loaded.status === 'unavailable') notices.show(cannotSave);
    else if (loaded.status === 'set-aside')
      notices.show({
        id: 'set-aside',
        text: N.loadNotice('workshop', loaded),
        actions: [
          { label: N.noticeButtons.downloadSetAside, onClick: () => downloadText(loaded.raw, s.fileName(true)) },
        ],
      });
    else if (loaded.status === 'loaded' && s.started(loadedValue))
      notices.show({ id: 'resumed', text: N.resumed.workshop, lasting: true });
  }, [loadKey]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: saves when the state changes; `report` only touches refs and setters
  useEffect(() => {
    const s = latest.current;
    if (!value || !slot.current) return;
    if (stored.current ? s.same(value, stored.current) : !s.started(value)) return;
    const result = s.save(slot.current, value);
    if (result.status === 'saved') stored.current = value;
    report(result);
  }, [value]);

  return { value, setValue, notices };
}
