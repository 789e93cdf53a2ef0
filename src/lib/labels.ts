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
  footerPrivacy: 'No tracking, no accounts: what you do here stays in your browser.',
  footerGuide: 'Facts follow the 2020 Scrum Guide by Ken Schwaber and Jeff Sutherland (CC BY-SA 4.0).',
} as const;
