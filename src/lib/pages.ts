import { getCollection } from 'astro:content';
import { byOrder, neighbours } from './neighbours';
import { href } from './url';

/** Collections rendered as teaching pages with the ContentPage layout. */
export type TeachingCollection = 'roles' | 'events' | 'topics';

/** Entries of a teaching collection in reading order. */
export async function orderedEntries<C extends TeachingCollection>(collection: C) {
  return (await getCollection(collection)).sort(byOrder);
}

/** getStaticPaths for a teaching collection: each entry with its previous and next page. */
export async function teachingPaths<C extends TeachingCollection>(collection: C) {
  const entries = await orderedEntries(collection);
  return entries.map((entry) => {
    const { prev, next } = neighbours(entries, entry.id);
    const link = (e: typeof prev) => (e ? { title: e.data.title, url: href(`/${collection}/${e.id}/`) } : undefined);
    return { params: { id: entry.id }, props: { entry, prev: link(prev), next: link(next) } };
  });
}
