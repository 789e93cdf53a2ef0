// UI labels: the one place where learner-facing words live in code (button names, navigation).
// Every other sentence lives in content/.

/** Primary navigation, in order. `section` is the first path segment it marks as current. */
export const nav = [
  { section: 'roles', label: 'Roles' },
  { section: 'events', label: 'Events' },
  { section: 'topics', label: 'Topics' },
  { section: 'scenarios', label: 'Scenarios' },
  { section: 'paths', label: 'Paths' },
  { section: 'workshop', label: 'Workshop' },
  { section: 'glossary', label: 'Glossary' },
] as const;

export type Section = (typeof nav)[number]['section'];

/** Singular names of content types, shown on cards, breadcrumbs and search results. */
export const typeLabel = {
  roles: 'Accountability',
  events: 'Event',
  topics: 'Topic',
  scenarios: 'Scenario',
  paths: 'Learning path',
  glossary: 'Glossary term',
} as const;

export const audienceLabel = {
  'product-owner': 'Product Owners',
  developers: 'Developers',
  'scrum-master': 'Scrum Masters',
  leaders: 'Leaders & stakeholders',
} as const;

export const ui = {
  siteName: 'Scrum Trust Lab',
  skipLink: 'Skip to content',
  primaryNav: 'Primary',
  breadcrumbs: 'Breadcrumb',
  home: 'Home',
  themeToggle: 'Dark theme',
  search: 'Search',
  outcomesHeading: 'After this page you can',
  onThisPage: 'On this page',
  reflectionHeading: 'Questions to reflect on',
  relatedHeading: 'Related pages',
  scenariosHeading: 'Practise it in a scenario',
  previous: 'Previous',
  next: 'Next',
  pagination: 'More in this section',
  readingTime: (m: number) => `${m} min read`,
  timebox: 'Timebox',
  timeboxTable: 'Timeboxes at a glance',
  timeboxTableCaption: 'Each event, its timebox as the 2020 Scrum Guide sets it, and who takes part',
  eventColumn: 'Event',
  participants: 'Who takes part',
  notAnEvent: 'Ongoing activity, not a Scrum event',
  notAnAccountability: 'Takes part in Scrum without a Scrum accountability',
  courses: 'Course',
  audiences: 'Written for',
  minutes: (m: number) => `${m} minutes`,
  stepsLabel: (n: number) => `${n} stops`,
  glossaryBusiness: 'How business people often read it',
  glossaryEngineering: 'How engineers often read it',
  glossarySeeAlso: 'See also',
  glossaryFromGuide: 'A Scrum Guide term',
  aliases: 'Also called',
  markDone: 'Mark as done',
  markDoneHint: 'Saved in this browser only.',
  progressLink: 'Your progress',
  progressUnreadable:
    'Nothing new is being saved here: your saved progress could not be read, or this browser’s storage is full or blocked.',
  pathProgressTemplate: '{done} of {total} stops done',
  pathProgressLabel: 'Progress on this path',
  pathContinue: 'Continue the path',
  pathStartAgain: 'Review from the start',
  stepDone: 'Done',
  stepVisited: 'Visited',
  progressNeedsJs: 'Your progress is kept in this browser, and showing it needs JavaScript.',
  progressSummary: '{done} done and {visited} visited, of {total} pages and scenarios',
  resumeLead: 'Welcome back. Pick up where you left off:',
  progressLast: 'Last time you were on',
  progressResume: 'Pick up where you left off',
  progressEmpty: 'Nothing yet. Open any page or scenario and it will show up here.',
  progressKeepHeading: 'Keep or move your progress',
  progressExport: 'Download my progress',
  progressImport: 'Load progress from a file',
  progressPrint: 'Print my learning record',
  progressClear: 'Clear my progress',
  progressClearConfirm: 'Clear all saved progress in this browser? Download it first if you may want it back.',
  progressCleared: 'Your progress in this browser was cleared.',
  statusDone: 'Done',
  statusVisited: 'Visited',
  statusNotYet: 'Not yet',
  footerPrivacy: 'No tracking, no accounts: what you do here stays in your browser.',
  footerGuide: 'Facts follow the 2020 Scrum Guide by Ken Schwaber and Jeff Sutherland (CC BY-SA 4.0).',
} as const;

/** Labels of the cast page (/cast/). */
export const castUi = {
  caresAbout: 'Cares about',
  pressure: 'Under pressure from',
  appearsIn: 'Appears in',
  played: '(you play them here)',
  noScenarios: 'No scenario yet.',
  accountability: {
    'product-owner': 'in a Scrum Team',
    developer: 'in a Scrum Team',
    'scrum-master': 'in a Scrum Team',
    leader: 'business leader, outside the Scrum Team',
    stakeholder: 'stakeholder, outside the Scrum Team',
  },
} as const;

/** Labels of the scenarios index (/scenarios/). */
export const scenarioIndexUi = {
  filtersHeading: 'Find a scenario',
  seatLabel: 'You play',
  eventLabel: 'Event',
  topicLabel: 'Topic',
  lengthLabel: 'Length',
  any: 'Any',
  seat: {
    'product-owner': 'the Product Owner',
    developer: 'a Developer',
    'scrum-master': 'the Scrum Master',
    leader: 'a leader or stakeholder',
  },
  length: { short: '11 minutes or less', medium: 'About 12 minutes', long: '13 minutes or more' },
  apply: 'Show scenarios',
  count: 'Showing {shown} of {total} scenarios.',
  kicker: (minutes: number, endings: number) => `About ${minutes} min · ${endings} endings`,
  youPlay: 'You play',
  bothSides: 'Play both sides: the same week from two seats',
  found: 'Endings found: {found} of {total}',
  coverageLink: 'Which scenario practises which behaviour',
  castLink: 'Meet the cast',
} as const;

/** Labels of the coverage page (/scenarios/coverage/). */
export const coverageUi = {
  side: {
    po: "When the Product Owner loses the Developers' trust",
    team: "When the Developers lose the Product Owner's trust",
    around: 'Around the Scrum Team',
  },
  count: (covered: number, total: number) => `${covered} of ${total} practised`,
  behaviour: 'Behaviour',
  looks: 'What it looks like',
  scenarios: 'Practise it in',
  none: 'No scenario yet',
  seat: (role: string) => `(you play ${role})`,
} as const;

/** Offline support: the update notice on every page and the offline panel on the workshop page. */
export const offlineUi = {
  updateReady: 'A new version of this site is ready.',
  updateReload: 'Reload now',
  updateLater: 'Later',
  heading: 'Use this site with no network',
  intro:
    'Rooms with bad Wi-Fi are common. After one visit with a connection, this browser keeps every page, the scenario player, the workshop console and search, and updates them quietly when it is online again. Nothing about you is stored or sent.',
  keep: 'Keep this site available offline',
  checkNow: 'Check for a newer version now',
  checking: 'Checking what this browser has kept…',
  saving: (done: number, total: number) => `Saving for offline use: ${done} of ${total} files…`,
  ready: (total: number, mb: string) =>
    `Ready: all ${total} files (${mb} MB) are kept in this browser. Pages, scenarios, the workshop console and search work with no network.`,
  notYet: 'This browser has not kept the site for offline use yet.',
  upToDate: 'You have the newest version.',
  unsupported:
    'This browser cannot keep the site for offline use (service workers are off or not supported). Print the scenario booklets as a fallback.',
  failed: 'Saving for offline use stopped before the end. Check the connection and try again.',
} as const;

/** Search UI labels (header button, dialog, /search/ page). */
export const searchUi = {
  open: 'Search',
  shortcut: 'Press / or Ctrl K',
  dialogTitle: 'Search Scrum Trust Lab',
  close: 'Close search',
  inputLabel: 'Search pages, scenarios and glossary terms',
  placeholder: 'Try “retro”, “PO” or “velocity”',
  filters: 'Narrow the results',
  filterType: 'Type',
  filterAudience: 'Written for',
  filterCourse: 'Course',
  filterAny: 'Any',
  results: 'Search results',
  hint: 'Type a word or question. ↑ and ↓ move through results, Enter opens one, Esc closes.',
  hintPage:
    'Type a word or question. ↑ and ↓ move through results, Enter opens one. The address updates so you can share it.',
  loading: 'Loading search…',
  searching: 'Searching…',
  count: (n: number, q: string) => (n === 1 ? `1 page matches “${q}”.` : `${n} pages match “${q}”.`),
  countShown: (shown: number, n: number, q: string) => `Showing ${shown} of ${n} pages that match “${q}”.`,
  none: (q: string) => `No page matches “${q}”. Try one word, or a Scrum term such as “Sprint Review”.`,
  shortened: (n: number) => `That search was very long, so only its first ${n} characters were used.`,
  failed: 'Search could not load. Reload the page to try again, or browse the sections in the menu.',
  devOnly:
    'Search works on the built site: run “npm start” and open it there. It is not available in development mode.',
  needsJs:
    'Search needs JavaScript, which is turned off or blocked. Every page is still reachable from the menu and the glossary.',
  allResults: 'Open these results as a page you can share',
} as const;
