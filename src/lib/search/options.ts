// One place for how Pagefind ranks: used by the browser UI and by the relevance tests against the built index.

/** Options passed to pagefind.options() before the first search. */
export const pagefindOptions = {
  excerptLength: 24,
  ranking: {
    // Short glossary entries would otherwise outrank the full event or topic page that explains the same term;
    // 0.3 (Pagefind's default is 0.75) was chosen by tests/unit/search-relevance.test.ts.
    pageLength: 0.3,
    // Titles matter most; `keywords` holds the words learners type that a page answers (front matter, aliases).
    metaWeights: { title: 6, keywords: 5, type: 0 },
  },
} as const;

/** Filter names indexed from the markup (data-pagefind-filter) and offered in the UI. */
export const filterNames = ['type', 'audience', 'course'] as const;
export type FilterName = (typeof filterNames)[number];
