/** Previous and next items around `id` in an ordered list, for previous/next links. */
export function neighbours<T extends { id: string }>(items: readonly T[], id: string): { prev?: T; next?: T } {
  const at = items.findIndex((item) => item.id === id);
  if (at < 0) return {};
  const result: { prev?: T; next?: T } = {};
  if (at > 0) result.prev = items[at - 1] as T;
  if (at < items.length - 1) result.next = items[at + 1] as T;
  return result;
}

/** Sorts entries by their `order` field, then title, so indexes and previous/next agree. */
export function byOrder<T extends { data: { order: number; title: string } }>(a: T, b: T): number {
  return a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);
}
