// UI labels for knowledge checks, finishing paths, the learning record, the trust check and course coverage.
// Kept apart from labels.ts so these features read as one piece; every other sentence lives in content/.

export const checkUi = {
  heading: 'Check your understanding',
  intro: (n: number) =>
    `${n} short situations. Pick the answer you would give, then check. Retakes are free, and the answers come in a new order each time.`,
  question: (n: number, of: number) => `Question ${n} of ${of}`,
  reasons: 'Why each answer is right or wrong',
  right: 'Right.',
  wrong: 'Not quite.',
  isRight: 'Right answer',
  isWrong: 'Wrong answer',
  readPassage: 'Read the passage',
  betterAnswer: 'The better answer:',
  submit: 'Check my answers',
  retake: 'Try again',
  /** Templates filled in by the script: {list}, {right}, {total}. */
  missing: 'Pick an answer for question {list} first.',
  scoreAll: 'All {total} right. Well done.',
  scoreSome: '{right} of {total} right. Each question now says why.',
  saved: 'Your result is saved in this browser.',
} as const;

export const pathUi = {
  stopOf: (n: number, total: number) => `Stop ${n} of ${total} in`,
  navLabel: 'Your learning path',
  previousStop: 'Previous stop',
  nextStop: 'Next stop',
  backToPath: 'Back to the path',
  lastStop: 'Last stop: see the path finished',
  outcomesHeading: 'After this path you can',
  minutesLeft: '{minutes} min left',
  finished: 'Path finished. Every stop is done.',
  finishedTag: 'Finished',
  checkHeading: 'Check the whole path',
  stopMinutes: (m: number) => `${m} min`,
  /** Card status on index pages. */
  done: 'Done',
  visited: 'Visited',
  pathOnIndex: '{done} of {total} stops done',
} as const;

export const glossaryUi = {
  formerTerms: 'Earlier Scrum Guides',
  formerTerm: (term: string, guide: number) => `${term} (the ${guide} Scrum Guide's term, no longer used)`,
} as const;
