import { type CollectionKey, getEntry } from 'astro:content';
import type { RefCollection } from '../schemas/common';
import { typeLabel } from './labels';
import { href } from './url';

/** A resolved link to another entry. */
export interface ResolvedRef {
  ref: string;
  collection: RefCollection;
  id: string;
  title: string;
  description: string;
  url: string;
  type: string;
}

/** Thrown when content points at an entry that does not exist; the message names file, field and target. */
export class BrokenReferenceError extends Error {
  constructor(file: string, field: string, ref: string) {
    super(
      `${file}: "${field}" points to "${ref}", which does not exist. Check the collection and the file name (without extension).`,
    );
    this.name = 'BrokenReferenceError';
  }
}

/** Resolves "collection/id" to a title and URL; `file` and `field` say where the reference was written. */
export async function resolveRef(ref: string, file: string, field: string): Promise<ResolvedRef> {
  const [collection, id] = ref.split('/') as [RefCollection, string];
  const entry = await getEntry(collection as CollectionKey, id);
  if (!entry) throw new BrokenReferenceError(file, field, ref);
  const data = entry.data as {
    title?: string;
    term?: string;
    description?: string;
    definition?: string;
    summary?: string;
  };
  return {
    ref,
    collection,
    id,
    title: data.title ?? data.term ?? id,
    description: data.description ?? data.summary ?? data.definition ?? '',
    url: href(`/${collection}/${id}/`),
    type: typeLabel[collection],
  };
}

/** Resolves a list of references written in one field, naming the index of a broken one. */
export function resolveRefs(refs: readonly string[], file: string, field: string): Promise<ResolvedRef[]> {
  return Promise.all(refs.map((ref, i) => resolveRef(ref, file, `${field}[${i}]`)));
}

/** A learn-more link as the player, the console and the booklet show it. */
export interface EndingLink {
  url: string;
  title: string;
  type: string;
}

/** The learn-more links of every ending of a scenario, by ending id (a broken one fails the build, naming it). */
export async function endingLinks(entry: {
  id: string;
  filePath?: string | undefined;
  data: { endings: readonly { id: string; learnMore: readonly string[] }[] };
}): Promise<Record<string, EndingLink[]>> {
  const file = entry.filePath ?? `content/scenarios/${entry.id}.yaml`;
  const links: Record<string, EndingLink[]> = {};
  for (const [i, ending] of entry.data.endings.entries())
    links[ending.id] = (await resolveRefs(ending.learnMore, file, `endings[${i}].learnMore`)).map((r) => ({
      url: r.url,
      title: r.title,
      type: r.type,
    }));
  return links;
}
