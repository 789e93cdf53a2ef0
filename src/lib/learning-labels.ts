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
  navLabelBottom: 'Next on your learning path',
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
  checkColumns: { page: 'Page', last: 'Last result', best: 'Best', level: 'Level', when: 'Last taken' },
  score: '{right} of {total}',
  nothing: 'Nothing here yet.',
  print: 'Print the record',
  download: 'Download as text',
  fileName: 'learning-record.txt',
  siteLine: 'Scrum Trust Lab learning record. Facts follow the 2020 Scrum Guide.',
} as const;

export const trustUi = {
  needsJs:
    'Working out the result needs JavaScript. Without it you can still print this page and use the statements on paper.',
  modeLegend: 'Who is answering?',
  modeMine: 'Me, for myself',
  modeTeam: 'A team, one person after another on this device (anonymous)',
  modeAverages: 'A team: I have the averages already',
  statementsHeading: 'The statements',
  averageLabel: (n: number) => `Team average for statement ${n}, from 1 to 5`,
  seeMine: 'See the result',
  addPerson: "Add this person's answers",
  seeTeam: 'See the team result',
  seeAverages: 'See the result from these averages',
  personAdded: 'Person {n} added. Hand over the device; only the totals are kept, on this page only.',
  missing: 'Rate statement {list} first.',
  badAverages: 'Statement {list} needs an average from 1 to 5, such as 3.5.',
  noPeople: "Add at least one person's answers first.",
  resultHeading: 'Result',
  peopleOne: 'From 1 person.',
  peopleMany: 'From {n} people (averages only).',
  chartTitle: 'Trust by area, from 1 (low) to 5 (high)',
  chartDesc: 'A bar for each area; the table beside the chart gives the same numbers.',
  tableCaption: 'Average per area, from 1 to 5',
  area: 'Area',
  now: 'This check',
  earlier: 'Earlier check',
  change: 'Change',
  statementsTable: 'Every statement',
  statement: 'Statement',
  weakestHeading: 'Where to start',
  weakestLead: 'The lowest area this time is',
  weakestTail: 'These pages and scenarios are a good place to start the conversation:',
  reflectionNote:
    'Talk about the stories behind the numbers. The result belongs to the team; it is not a score to compare with other teams.',
  shareLabel: 'Link to this result (holds the averages only)',
  copy: 'Copy the link',
  copied: 'Link copied.',
  copyFailed: 'Select the link and copy it by hand.',
  compareLabel: 'Compare with an earlier check: paste its link',
  compare: 'Compare',
  print: 'Print the result',
  again: 'Start a new check',
  badLink:
    'This link does not hold a trust check this page can read, perhaps because it was shortened or changed. Nothing was lost: you can take the check below.',
  badCompare: 'That link does not hold a trust check this page can read, so there is nothing to compare with.',
} as const;

export const footerUi = {
  record: 'Learning record',
  trustCheck: 'Team trust check',
  courses: 'For CSM and CSPO trainers',
} as const;

export const courseUi = {
  pages: 'Pages',
  checks: 'Knowledge checks',
  scenarios: 'Scenarios',
  questions: (n: number) => `${n} questions`,
  none: 'None yet.',
  path: 'Course companion path',
  byCategory: 'Stops by learning objective',
  contents: 'Courses',
} as const;
