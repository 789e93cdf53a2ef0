// Every sentence a view says about saved data (set aside, cannot save, changed in another tab): one module,
// so the player, the workshop console and the progress page tell the same story in the same words (the progress
// page's import texts are in import-notices.ts).
import type { Loaded, SetAsideReason } from './records';

/** Whose record a notice is about. */
export type Subject = 'scenario' | 'endings' | 'workshop' | 'learner';

const what: Record<Subject, string> = {
  scenario: 'Your saved progress in this scenario',
  endings: 'Your list of endings found in this scenario',
  workshop: 'The saved workshop session for this scenario',
  learner: 'Your saved progress',
};

const reasons: Record<SetAsideReason, (s: Subject) => string> = {
  corrupt: () => 'was damaged, so it could not be used.',
  outdated: (s) =>
    s === 'learner'
      ? 'was made by an earlier version of this site, which this one cannot read.'
      : 'was made for an earlier version of this scenario, so it no longer fits.',
  newer: () =>
    'was saved by a newer version of this site, which this page cannot read. It was left as it is, and nothing on this page will be saved over it.',
};

const freshStart: Record<Subject, string> = {
  scenario: 'You are starting from the beginning.',
  endings: 'The map counts endings afresh.',
  workshop: 'The session starts from the first scene.',
  learner: 'Progress starts fresh from here.',
};

/** What to tell the learner about a loaded record; empty when there is nothing to say. */
export function loadNotice(subject: Subject, loaded: Loaded<unknown>): string {
  if (loaded.status !== 'set-aside') return '';
  const head = `${what[subject]} ${reasons[loaded.reason](subject)}`;
  if (loaded.reason === 'newer') return `${head} You can download it below.`;
  if (loaded.copyKey)
    return `${head} A copy was kept aside in this browser, and you can download it below. ${freshStart[subject]}`;
  return `${head} It could not be copied aside (${loaded.full ? "this browser's storage is full" : 'storage refused the copy'}), so it was left untouched and nothing on this page will be saved over it. Download it below to keep it.`;
}

/** Said when a resumed record had something in it. */
export const resumed: Record<'scenario' | 'workshop', string> = {
  scenario: 'Welcome back: you are where you left off.',
  workshop: 'Welcome back: the room is where you left it, with its votes.',
};

const owner: Record<Subject, string> = {
  scenario: 'Your progress',
  endings: 'Your progress',
  workshop: 'The session',
  learner: 'Your progress',
};

/** The one message shown when saving fails (quota full, storage blocked); play goes on in memory. */
export const cannotSave = (subject: Subject) =>
  `${owner[subject]} can't be saved in this browser right now (its storage is full or blocked). You can carry on: this page keeps it until you close it. Download it to keep a copy.`;

/** Said when another tab saved and this one now shows that. */
export const updatedElsewhere: Record<Subject, string> = {
  scenario: 'This scenario was played on in another tab: you are now where that tab left off.',
  endings: 'This scenario was played on in another tab: you are now where that tab left off.',
  workshop: 'The session changed in another tab: this console now shows it.',
  learner: 'Your progress changed in another tab: this page now shows it.',
};

/** Said when another tab saved newer data while this tab has changes it could not save. */
export const conflictElsewhere = (subject: Subject) =>
  `${owner[subject]} was saved in another tab after this one changed, so this tab's changes were not saved over it. Load the newer one, or download this tab's first.`;

/** Button labels used with these notices. */
export const noticeButtons = {
  dismiss: 'Dismiss',
  downloadSetAside: 'Download the set-aside copy',
  downloadCurrent: 'Download it now',
  downloadThisTab: "Download this tab's version",
  loadNewer: 'Load the newer one',
  replace: 'Replace my progress',
  merge: 'Merge with my progress',
  cancel: 'Cancel',
} as const;

/** File names for downloads, by subject. */
export const downloadName = (subject: Subject, id: string, setAside: boolean) =>
  `scrum-trust-lab-${subject === 'learner' ? 'progress' : `${subject}-${id}`}${setAside ? '-set-aside' : ''}.json`;
