// The progress page's words for importing a progress file and for the copies kept aside: only that page loads them
// (the saved-data notices the player and the rooms share are in notices.ts).

const pages = (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`;
/** "3 pages done and 5 visited". */
export const countsText = (c: { done: number; visited: number }) => `${pages(c.done)} done and ${c.visited} visited`;

/** Why an imported file was refused; every one ends with "Nothing was changed." */
export const importRefused: Record<'corrupt' | 'outdated' | 'newer' | 'too-large' | 'not-json', string> = {
  'not-json': 'That file is not a progress record: it is not JSON at all. Nothing was changed.',
  'too-large': 'That file is far larger than a progress record can be. Nothing was changed.',
  corrupt: 'That file is not a valid progress record: some of it is missing or damaged. Nothing was changed.',
  outdated: 'That file comes from an earlier version of this site, which this one cannot read. Nothing was changed.',
  newer: 'That file comes from a newer version of this site, which this one cannot read. Nothing was changed.',
};

/** The preview shown before an import replaces or merges with progress already here. */
export const importAsk = (
  incoming: { done: number; visited: number },
  current: { done: number; visited: number },
  merged: { done: number; visited: number },
) =>
  `This file holds ${countsText(incoming)}; this browser holds ${countsText(current)}. Replace your progress with the file's, or merge the two (${countsText(merged)})? Your current record is kept aside as a copy you can download.`;

/** Import outcomes. */
export const importDone = {
  loaded: 'Progress loaded from the file.',
  replaced: 'Progress loaded from the file. Your earlier record was kept aside: download it below.',
  merged: 'The file was merged with your progress. Your earlier record was kept aside: download it below.',
  notSaved:
    'The file is a valid record, but this browser would not save it (its storage is full or blocked). It is shown on this page until you leave; your saved progress is unchanged.',
  conflict:
    'Your progress changed in another tab meanwhile, so nothing was replaced. Look it over and load the file again.',
  cancelled: 'Nothing was changed.',
} as const;

/** Heading and row text of the list of set-aside copies on the progress page. */
export const setAsideList = {
  heading: 'Earlier records kept aside',
  intro:
    'Records this browser set aside instead of deleting. Download any you want to keep; delete the ones you do not.',
  copy: (at: number | null) =>
    at === null
      ? 'Kept by an earlier version of this site'
      : `Set aside on ${new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`,
  /** What a copy is of, from the record's key: progress, a scenario play, endings found, a workshop session. */
  of: {
    progress: 'Your progress',
    play: (title: string) => `Your play of “${title}”`,
    endings: (title: string) => `Endings found in “${title}”`,
    workshop: (title: string) => `A workshop session of “${title}”`,
    pair: (a: string, b: string) => `A split-room session of “${a}” and “${b}”`,
  },
  row: (what: string, when: string) => `${what} · ${when}`,
  download: 'Download',
  delete: 'Delete',
  deleteConfirm: (label: string) =>
    `Delete this copy (${label}) for good? It cannot be brought back: download it first if you may want it.`,
  deleted: 'The copy was deleted.',
} as const;
