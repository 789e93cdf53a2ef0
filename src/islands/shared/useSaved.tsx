// What both islands do around saved data: a stack of dismissible notices (set aside, cannot save, changed in
// another tab), and a listener for the `storage` event other tabs fire when they save.
import { useEffect, useRef, useState } from 'react';
import { noticeButtons } from '../../stores/notices';
import { Notice, type NoticeAction } from './Notice';

/** One notice on the stack; `id` keeps one of a kind, and a dismissed `once` notice stays dismissed this visit. */
export interface NoticeItem {
  id: string;
  text: string;
  actions?: NoticeAction[];
  urgent?: boolean;
  once?: boolean;
}

/** A stack of notices: show (newest first, one per id), dismiss, or drop one that no longer applies. */
export function useNotices(initial: () => NoticeItem[]) {
  const [items, setItems] = useState<NoticeItem[]>(initial);
  const dismissed = useRef(new Set<string>());
  const show = (item: NoticeItem) => {
    if (item.once && dismissed.current.has(item.id)) return;
    setItems((list) => [item, ...list.filter((i) => i.id !== item.id)]);
  };
  const drop = (id: string) => setItems((list) => list.filter((i) => i.id !== id));
  const dismiss = (id: string) => {
    dismissed.current.add(id);
    drop(id);
  };
  return { items, show, drop, dismiss };
}

/** The notices on the stack, each with its buttons and a Dismiss button. */
export function Notices({
  className,
  items,
  onDismiss,
}: {
  className: string;
  items: readonly NoticeItem[];
  onDismiss: (id: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <div className={`${className}s`}>
      {items.map((item) => (
        <Notice
          key={item.id}
          className={className}
          text={item.text}
          actions={item.actions}
          urgent={item.urgent}
          dismiss={noticeButtons.dismiss}
          onDismiss={() => onDismiss(item.id)}
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
