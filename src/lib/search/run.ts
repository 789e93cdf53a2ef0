// Runs a learner's query against Pagefind. Pagefind returns only pages containing every word, so a natural
// question ("boss wants a deadline commitment") can find nothing. When the full query finds fewer than
// `enough` pages, each word is searched alone and pages are ranked next by how well they match the words,
// rare words counting more than common ones (a page with "squeeze" beats one with "work" and "extra").
import { expandQuery } from './query';

/** The slice of Pagefind's JS API we use (pagefind.js has no types of its own). */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
export interface PagefindApi {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** Searches with synonym expansion and word-by-word relaxation; returns result handles, best first. */
export async function runSearch(
  pagefind: PagefindApi,
  query: string,
  filters: Record<string, string> = {},
  enough = 3,
): Promise<PagefindResult[]> {
  const term = expandQuery(query);
  if (!term) return [];
  const full = (await pagefind.search(term, { filters }))?.results ?? [];
  const words = [...new Set(term.split(' '))].slice(0, 8);
  if (full.length >= enough || words.length < 2) return answerTimeboxQuestion(full, query);

  const tally = new Map<string, { result: PagefindResult; score: number }>();
  const perWord = await Promise.all(words.map((w) => pagefind.search(w, { filters })));
  for (const found of perWord) {
    const results = found?.results ?? [];
    const top = results[0]?.score || 1; // scores compare only within one query, so each word is normalised
    const rarity = Math.log(1 + 100 / Math.max(results.length, 1));
    for (const result of results) {
      const entry = tally.get(result.id) ?? { result, score: 0 };
      entry.score += (result.score / top) * rarity;
      tally.set(result.id, entry);
    }
  }
  const seen = new Set(full.map((r) => r.id));
  const rest = [...tally.values()]
    .filter((e) => !seen.has(e.result.id))
    .sort((a, b) => b.score - a.score)
    .map((e) => e.result);
  return answerTimeboxQuestion([...full, ...rest], query);
}

/** Lower-case words of a title, for matching against a query. */
const titleWords = (title: string) =>
  title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A question about an event's length ("how long is sprint planning", "sprint review timebox") is answered by the
 * event's own page, which states the timebox and explains it; the Timebox glossary entry and the event's glossary
 * term would otherwise rank first. Among the first `depth` results, the Event whose title holds every other word of
 * the query (the shortest such title: "sprint" means The Sprint) moves to the top. Other queries are untouched.
 */
export async function answerTimeboxQuestion(
  results: PagefindResult[],
  query: string,
  depth = 8,
): Promise<PagefindResult[]> {
  const words = expandQuery(query).split(' ');
  if (!words.includes('timebox')) return results;
  const asked = words.filter((w) => w !== 'timebox' && w !== 'timeboxes');
  if (asked.length === 0) return results;
  const head = await Promise.all(results.slice(0, depth).map(async (r) => ({ r, data: await r.data() })));
  const fits = head
    .filter(({ data }) => data.meta.type === 'Event')
    .map(({ r, data }) => ({ r, title: titleWords(data.meta.title ?? '') }))
    .filter(({ title }) => asked.every((w) => title.some((t) => t.startsWith(w))))
    .sort((a, b) => a.title.length - b.title.length)[0];
  return fits ? [fits.r, ...results.filter((r) => r !== fits.r)] : results;
}
