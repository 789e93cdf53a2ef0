// What both islands do around saved data: a stack of dismissible notices (set aside, cannot save, changed in
// another tab), and a listener for the `storage` event other tabs fire when they save.
import { useEffect, useRef, useState } from 'react';
import { noticeKey, rememberDismissed, wasDismissed } from '../../stores/dismissed';
import { cannotSave, conflictElsewhere, noticeButtons, type Subject } from '../../stores/notices';
import type { Saved } from '../../stores/records';
import { Notice, type NoticeAction } from './Notice';

/**
 * One notice on the stack; `id` keeps one of a kind, and a dismissed `once` notice stays dismissed this visit. A
 * dismissed `lasting` notice stays dismissed on later visits too, as long as its words are the same.
 */
export interface NoticeItem {
  id: string;
  text: string;
  actions?: NoticeAction[];
  urgent?: boolean;
  once?: boolean;
  lasting?: boolean;
}

/**
 * A stack of notices: show (newest first, one per id), dismiss, or drop one that no longer applies. `scope` names
 * where lasting dismissals are remembered (e.g. "workshop:<id>").
 */
export function useNotices(initial: () => NoticeItem[], scope = '') {
  const remembered = (item: NoticeItem) => item.lasting === true && wasDismissed(noticeKey(scope, item.id, item.text));
  const [items, setItems] = useState<NoticeItem[]>(() => initial().filter((i) => !remembered(i)));
  const dismissed = useRef(new Set<string>());
  const show = (item: NoticeItem) => {
    if (item.once && dismissed.current.has(item.id)) return;
    if (remembered(item)) return;
    setItems((list) => [item, ...list.filter((i) => i.id !== item.id)]);
  };
  const drop = (id: string) => setItems((list) => list.filter((i) => i.id !== id));
  const dismiss = (id: string) => {
    dismissed.current.add(id);
    const item = items.find((i) => i.id === id);
    if (item?.lasting) rememberDismissed(noticeKey(scope, item.id, item.text));
    drop(id);
  };
  return { items, show, drop, dismiss };
}

/**
 * The notices on the stack, each with its buttons and a Dismiss button. After a dismissal focus moves to the next
 * notice's Dismiss button, or, when none is left, to `focusAfter` (the view's current heading): never to the body.
 */
export function Notices({
  className,
  items,
  onDismiss,
  focusAfter,
}: {
  className: string;
  items: readonly NoticeItem[];
  onDismiss: (id: string) => void;
  focusAfter?: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [refocus, setRefocus] = useState<number | null>(null);
  useEffect(() => {
    if (refocus === null) return;
    setRefocus(null);
    const buttons = box.current?.querySelectorAll<HTMLButtonElement>('[data-notice-dismiss]') ?? [];
    const target = buttons[Math.min(refocus, buttons.length - 1)];
    if (target) target.focus();
    else focusAfter?.();
  }, [refocus, focusAfter]);
  if (items.length === 0) return null;
  return (
    <div className={`${className}s`} ref={box}>
      {items.map((item, index) => (
        <Notice
          key={item.id}
          className={className}
          text={item.text}
          actions={item.actions}
          urgent={item.urgent}
          dismiss={noticeButtons.dismiss}
          onDismiss={() => {
            onDismiss(item.id);
            setRefocus(index);
          }}
        />
      ))}
    </div>
  );
}

/** Calls `onChange(key)` when another tab changes one of `keys` in this browser's storage. */
export function useStorageEvent(keys: readonly string[], onChange: (key: string) => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  const watched = keys.join('\n');
  useEffect(() => {
    const list = watched.split('\n');
    const handler = (event: StorageEvent) => {
      if (event.key !== null && list.includes(event.key)) latest.current(event.key);
    };
    window.addEventListener('storage', handler);
    return () => window.removeEventListener('storage', handler);
  }, [watched]);
}

/** The one message when storage refuses to save, with a download of what is on screen (shown once a visit). */
export const cannotSaveNotice = (subject: Subject, download: () => void): NoticeItem => ({
  id: 'cannot-save',
  text: cannotSave(subject),
  urgent: true,
  once: true,
  actions: [{ label: noticeButtons.downloadCurrent, onClick: download }],
});

/**
 * What a view says after a save: nothing when it was saved; `cannotSave` when storage refused it; when another tab
 * saved first, a choice between loading that tab's newer state (`adopt`) and downloading this one (`download`).
 */
export function saveReporter(
  show: (item: NoticeItem) => void,
  subject: Subject,
  cannotSave: NoticeItem,
  adopt: () => void,
  download: () => void,
): (result: Saved) => void {
  return (result) => {
    if (result.status === 'failed') show(cannotSave);
    if (result.status === 'conflict')
      show({
        id: 'conflict',
        text: conflictElsewhere(subject),
        urgent: true,
        actions: [
          { label: noticeButtons.loadNewer, onClick: adopt },
          { label: noticeButtons.downloadThisTab, onClick: download },
        ],
      });
  };
}
