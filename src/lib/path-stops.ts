// Build-time facts about learning paths: minutes per stop, where a page sits on each path, and the end-of-path check.
import { type CollectionEntry, getCollection } from 'astro:content';
import type { ShownQuestion } from '../components/KnowledgeCheck.astro';
import { byOrder } from './neighbours';
import { resolveRef } from './refs';
import { href } from './url';

/** Minutes a learner needs for a glossary stop (a definition and two readings). */
const GLOSSARY_MINUTES = 1;
/** Minutes added to a teaching page for its knowledge check. */
const CHECK_MINUTES = 2;

/** A stop of a path, resolved. */
export interface Stop {
  ref: string;
  why: string;
  title: string;
  type: string;
  /** Site path of the stop, without base ("/roles/product-owner/"). */
  path: string;
  /** URL of the stop opened from this path (keeps "?path=" so the stop shows where it sits). */
  url: string;
  minutes: number;
  /** On a course path: the learning-objective category the stop serves. */
  category?: string;
}

/** The URL of a stop opened from a path. */
export const stopUrl = (path: string, pathId: string) => `${href(path)}?path=${pathId}`;

async function minutesOf(ref: string): Promise<number> {
  const [collection, id] = ref.split('/') as [string, string];
  if (collection === 'glossary') return GLOSSARY_MINUTES;
  if (collection === 'scenarios') {
    const s = (await getCollection('scenarios')).find((e) => e.id === id);
    return s?.data.estimatedMinutes ?? 5;
  }
  if (collection === 'roles' || collection === 'events' || collection === 'topics') {
    const page = (await getCollection(collection)).find((e) => e.id === id);
    return (page?.data.readingMinutes ?? 3) + CHECK_MINUTES;
  }
  return 3;
}

/** The stops of a path, resolved; a stop that points nowhere fails the build naming the file and index. */
export async function stopsOf(path: CollectionEntry<'paths'>): Promise<Stop[]> {
  const file = path.filePath ?? `content/paths/${path.id}.yaml`;
  return Promise.all(
    path.data.steps.map(async (step, i) => {
      const target = await resolveRef(step.ref, file, `steps[${i}].ref`);
      const sitePath = `/${target.collection}/${target.id}/`;
      return {
        ref: step.ref,
        why: step.why,
        title: target.title,
        type: target.type,
        path: sitePath,
        url: stopUrl(sitePath, path.id),
        minutes: await minutesOf(step.ref),
        ...(step.category ? { category: step.category } : {}),
      };
    }),
  );
}

/** Where one page sits on a path: its position, the path and its neighbours along that path. */
export interface PlaceOnPath {
  pathId: string;
  pathTitle: string;
  pathUrl: string;
  position: number;
  total: number;
  prev?: { title: string; url: string };
  next?: { title: string; url: string };
}

/** Every path that passes through `ref`, with the page's place on it (a page listed twice uses its first stop). */
export async function placesOf(ref: string): Promise<PlaceOnPath[]> {
  const paths = (await getCollection('paths')).sort(byOrder);
  const places: PlaceOnPath[] = [];
  for (const path of paths) {
    const at = path.data.steps.findIndex((s) => s.ref === ref);
    if (at < 0) continue;
    const stops = await stopsOf(path);
    const link = (s: Stop | undefined) => (s ? { title: s.title, url: s.url } : undefined);
    const prev = link(stops[at - 1]);
    const next = link(stops[at + 1]);
    places.push({
      pathId: path.id,
      pathTitle: path.data.title,
      pathUrl: href(`/paths/${path.id}/`),
      position: at + 1,
      total: stops.length,
      ...(prev ? { prev } : {}),
      ...(next ? { next } : {}),
    });
  }
  return places;
}

/** Largest number of questions in an end-of-path check. */
const PATH_CHECK_MAX = 6;

/**
 * The end-of-path check: questions drawn from the checks of the path's stops, spread evenly over them, each still
 * linking to the passage on its own page. Stop k contributes its question k (mod its count), so paths that share
 * pages do not all ask the same thing.
 */
export async function pathQuestions(stops: readonly Stop[]): Promise<ShownQuestion[]> {
  const checks = await getCollection('checks');
  const withCheck = stops.flatMap((stop, k) => {
    const check = checks.find((c) => c.id === stop.ref);
    return check ? [{ stop, k, questions: check.data.questions }] : [];
  });
  const step = Math.max(1, withCheck.length / PATH_CHECK_MAX);
  const picked: ShownQuestion[] = [];
  for (let i = 0; i < withCheck.length && picked.length < PATH_CHECK_MAX; i += step) {
    const { stop, k, questions } = withCheck[Math.floor(i)] as (typeof withCheck)[number];
    const q = questions[k % questions.length] as ShownQuestion;
    const onPage = (see: string) => (see.startsWith('#') ? `${stop.path}${see}` : see);
    picked.push({
      ...q,
      ref: stop.ref,
      see: onPage(q.see),
      options: q.options.map((o) => (o.see ? { ...o, see: onPage(o.see) } : o)),
    });
  }
  return picked;
}
