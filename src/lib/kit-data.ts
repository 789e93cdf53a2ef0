// Build-time data for the facilitator's kit pages: one scenario with its cast and its other side, read from the
// collections. The pages stay thin; the rules live in ./facilitation.ts.
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { castOf, storyOrder } from './facilitation';
import { href } from './url';

export type ScenarioEntry = CollectionEntry<'scenarios'>;
export type CastEntry = CollectionEntry<'cast'>;

/** Every scenario as a static path, for [id] pages of the kit. */
export async function scenarioPaths() {
  return (await getCollection('scenarios')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** A scenario with everything the guide and the cards need. */
export async function loadKit(entry: ScenarioEntry) {
  const { data } = entry;
  const facilitation = data.facilitation;
  if (!facilitation)
    throw new Error(
      `content/scenarios/${entry.id}.yaml has no "facilitation" block: the facilitator guide and cards are built from it.`,
    );
  const castEntries = new Map((await getCollection('cast')).map((c) => [c.id, c]));
  const person = (id: string): CastEntry => {
    const found = castEntries.get(id);
    if (!found) throw new Error(`content/scenarios/${entry.id}.yaml names "${id}", who is not in content/cast/.`);
    return found;
  };
  const firstName = (id: string) => person(id).data.name.split(' ')[0] ?? id;
  const cast = castOf(data).map(person);
  const order = storyOrder(data);
  const scenes = [...data.scenes].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const other = data.otherSide ? (await getCollection('scenarios')).find((s) => s.id === data.otherSide) : undefined;
  const links = {
    console: href(`/workshop/${entry.id}/`),
    guide: href(`/workshop/${entry.id}/guide/`),
    roles: href(`/workshop/${entry.id}/roles/`),
    cards: href(`/workshop/${entry.id}/cards/`),
    booklet: href(`/scenarios/${entry.id}/booklet/`),
    plan: href(`/workshop/plan/?goal=${entry.id}`),
  };
  const workshopTitle = (await getEntry('sections', 'workshop'))?.data.title ?? 'Workshop';
  return { id: entry.id, data, facilitation, cast, person, firstName, scenes, other, links, workshopTitle };
}

/**
 * The same situation told from the other seat, as a link to that scenario's page (`url` builds it from the id) with
 * this scenario's note on what the other seat knew; undefined when the scenario has no other side.
 */
export async function otherSideOf(
  entry: ScenarioEntry,
  url: (id: string) => string,
): Promise<{ url: string; title: string; note: string } | undefined> {
  const { otherSide, otherSideNote } = entry.data;
  if (!otherSide || !otherSideNote) return undefined;
  const other = (await getCollection('scenarios')).find((e) => e.id === otherSide);
  return other ? { url: url(other.id), title: other.data.title, note: otherSideNote } : undefined;
}
