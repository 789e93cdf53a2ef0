import { describe, expect, test } from 'vitest';
import { parseExcerpt } from '../../src/lib/search/excerpt';
import { expandQuery, MAX_QUERY_LENGTH, normaliseQuery, synonyms } from '../../src/lib/search/query';

describe('expandQuery: the words people type become the terms the pages use', () => {
  test.each([
    ['PO', 'product owner'],
    ['SM', 'scrum master'],
    ['DoD', 'definition of done'],
    ['retro', 'retrospective'],
    ['standup', 'daily scrum'],
    ['daily stand-up length', 'daily scrum timebox'],
    ['Tech debt budget', 'technical debt budget'],
    ['ceremony', 'event'],
    ['backlog grooming', 'backlog refinement'],
    ['PO’s sprint', 'product owner sprint'],
  ])('%s → %s', (typed, expected) => {
    expect(expandQuery(typed)).toBe(expected);
  });

  test('stop words are dropped, unless nothing else is left', () => {
    expect(expandQuery('what does done mean')).toBe('done');
    expect(expandQuery('velocity as a target')).toBe('velocity target');
    expect(expandQuery('what is it')).toBe('what is it');
  });

  test('words that are not abbreviations pass through, and "PO" inside a word is left alone', () => {
    expect(expandQuery('points positions')).toBe('points positions');
    expect(expandQuery('blameless')).toBe('blameless');
  });

  test('punctuation and markup characters are not sent to the index', () => {
    expect(expandQuery('<img src=x onerror=alert(1)>')).toBe('img src x onerror alert 1');
  });

  test('every synonym maps to lower-case words', () => {
    for (const [from, to] of Object.entries(synonyms)) {
      expect(from).toBe(from.toLowerCase());
      expect(to).toMatch(/^[a-z ]+$/);
    }
  });
});

describe('normaliseQuery', () => {
  test('trims, collapses spaces and removes control characters', () => {
    expect(normaliseQuery('  sprint\n\treview\u0000 ')).toEqual({ query: 'sprint review', shortened: false });
  });

  test(`cuts a huge query to ${MAX_QUERY_LENGTH} characters and says so`, () => {
    const { query, shortened } = normaliseQuery('a'.repeat(10_000));
    expect(query).toHaveLength(MAX_QUERY_LENGTH);
    expect(shortened).toBe(true);
  });
});

describe('parseExcerpt: Pagefind excerpts become text parts, only <mark> survives', () => {
  test('marks matches and decodes entities', () => {
    expect(parseExcerpt('The <mark>Sprint</mark> &amp; its &lt;goal&gt; &#8220;x&#x201d;')).toEqual([
      { text: 'The ', mark: false },
      { text: 'Sprint', mark: true },
      { text: ' & its <goal> “x”', mark: false },
    ]);
  });

  test('drops every other tag, attributes and all, so nothing executable can come through', () => {
    const parts = parseExcerpt('a<img src=x onerror=alert(1)>b<script>c</script><mark onclick="x">d</mark>');
    expect(parts).toEqual([
      { text: 'abc', mark: false },
      { text: 'd', mark: true },
    ]);
  });

  test('an unclosed mark does not swallow the rest, and invalid numeric entities vanish', () => {
    expect(parseExcerpt('<mark>x')).toEqual([{ text: 'x', mark: true }]);
    expect(parseExcerpt('a&#0;b&#xFFFFFFF;c')).toEqual([{ text: 'abc', mark: false }]);
  });
});
