// Turns what a learner types into what we ask Pagefind. Pagefind matches word prefixes, so "PO" alone finds
// "points" and "positions" before "Product Owner"; abbreviations and everyday Scrum words are expanded here to the
// terms the pages use. Pages also carry `keywords` (searchable Pagefind metadata) for words not worth a rule.

/** Longest query we search for; anything longer is cut (a tampered or pasted URL must not stall the page). */
export const MAX_QUERY_LENGTH = 120;

/** Abbreviations and informal words → the proper Scrum term. Keys are lower case; multi-word keys are phrases. */
export const synonyms: Readonly<Record<string, string>> = {
  po: 'product owner',
  pos: 'product owner',
  sm: 'scrum master',
  scrummaster: 'scrum master',
  dod: 'definition of done',
  dor: 'definition of ready',
  pbi: 'product backlog item',
  pbis: 'product backlog item',
  retro: 'retrospective',
  retros: 'retrospective',
  standup: 'daily scrum',
  standups: 'daily scrum',
  'stand-up': 'daily scrum',
  'stand up': 'daily scrum',
  'daily standup': 'daily scrum',
  'daily stand-up': 'daily scrum',
  'tech debt': 'technical debt',
  grooming: 'refinement',
  'backlog grooming': 'backlog refinement',
  devs: 'developers',
  dev: 'developers',
  'dev team': 'developers',
  'development team': 'developers',
  ceremony: 'event',
  ceremonies: 'events',
  'psych safety': 'psychological safety',
  // "How long is …" questions are answered by each event's timebox.
  'how long': 'timebox',
  'how long is': 'timebox',
  length: 'timebox',
  duration: 'timebox',
  'time box': 'timebox',
};

/** Words that carry no meaning for search and, as prefixes, match almost every page ("a" → "about"). */
const stopWords = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'was',
  'be',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'as',
  'by',
  'it',
  'its',
  'and',
  'or',
  'what',
  'whats',
  'does',
  'do',
  'did',
  'how',
  'when',
  'should',
  'can',
  'i',
  'we',
  'you',
  'my',
  'our',
  'me',
  'mean',
  'means',
  'meaning',
  'about',
  'with',
  'this',
  'that',
  'there',
  'if',
  'so',
  'vs',
  'versus',
  'but',
  'not',
  'dont',
  'doesnt',
  'isnt',
  'into',
  'from',
  'get',
  'gets',
  'like',
  'goes',
  'go',
  'asks',
  'ask',
  'wants',
  'want',
  'some',
  'any',
  'them',
  'they',
  'their',
  'has',
  'have',
  'had',
]);

/** Trims, removes control characters, collapses spaces and cuts to MAX_QUERY_LENGTH. */
export function normaliseQuery(raw: string): { query: string; shortened: boolean } {
  const clean = raw
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const shortened = clean.length > MAX_QUERY_LENGTH;
  return { query: shortened ? clean.slice(0, MAX_QUERY_LENGTH).trim() : clean, shortened };
}

const phraseKeys = Object.keys(synonyms)
  .filter((k) => /[\s-]/.test(k))
  .sort((a, b) => b.length - a.length);

/** The query Pagefind receives: synonyms expanded, stop words dropped (unless nothing else is left). */
export function expandQuery(query: string): string {
  let text = ` ${query
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')} `;
  for (const phrase of phraseKeys) text = text.split(` ${phrase} `).join(` ${synonyms[phrase]} `);
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => synonyms[w] ?? w);
  const meaningful = words.filter((w) => !stopWords.has(w));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}
