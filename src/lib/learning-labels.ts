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
  notSaved: 'Your result could not be saved in this browser, so it will not count towards your progress.',
  masteryLead: 'Your level here:',
  mastery: { 'not-started': 'Not started', practised: 'Practised', mastered: 'Mastered' },
  masteryHint: 'Mastered means your last attempt was all right and no question is waiting for review.',
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

export const reviewUi = {
  heading: 'Due for review',
  intro:
    'Questions you answered wrongly come back after 1 day, then 3, then 7. Answer them right when they are due and they leave the list.',
  none: 'Nothing is due today.',
  count: (n: number) => (n === 1 ? '1 question is due.' : `${n} questions are due.`),
  answer: 'Answer again',
  masteryTag: { practised: 'Check: practised', mastered: 'Check: mastered' },
  recordLink: 'Open your learning record',
} as const;

export const recordUi = {
  needsJs: 'Your record is kept in this browser, and showing it needs JavaScript.',
  unreadable:
    'Your saved progress could not be read, so there is no record to show. The progress page can tell you more.',
  nameLabel: 'Your name (kept in this browser only)',
  nameSaved: 'Name saved in this browser.',
  nameNotSaved: 'The name could not be saved in this browser; it will still print.',
  learner: 'Learner',
  date: 'Date',
  paths: 'Learning paths',
  pathLine: '{done} of {total} stops done',
  pathFinished: 'Finished',
  pages: 'Pages done',
  terms: 'Glossary terms done',
  scenarios: 'Scenarios',
  endingsLine: '{found} of {total} endings found',
  checks: 'Knowledge checks',
  checkColumns: { page: 'Page', last: 'Last result', best: 'Best', level: 'Level' },
  score: '{right} of {total}',
  nothing: 'Nothing here yet.',
  print: 'Print the record',
  download: 'Download as text',
  fileName: 'learning-record.txt',
  siteLine: 'Scrum Trust Lab learning record. Facts follow the 2020 Scrum Guide.',
} as const;
