// UI labels for the workshop index and presenter console: the one place their words live in code.
// Scenario prose comes from content/scenarios/*.yaml; facilitation prose from content/sections/workshop.mdx.

/** "A", "B", "C" … for choice index 0, 1, 2 … */
export const letter = (index: number) => String.fromCharCode(65 + index);

const votesWord = (n: number) => (n === 1 ? '1 vote' : `${n} votes`);

export const workshopUi = {
  // index
  runsHeading: 'Scenarios to run with a room',
  run: 'Run in the room',
  printBooklet: 'Print the booklet',
  minutes: (m: number) => `About ${m} minutes for one play-through`,
  outcomes: 'After it the room can',
  // page and no-JS fallback
  kicker: 'Workshop console',
  needsJs:
    'The presenter console needs JavaScript, which is off or blocked here. You can still run the workshop from the printable booklet: every scene, choice and ending on paper.',
  openBooklet: 'Open the printable booklet',
  guideHeading: 'How to run the session',
  backToWorkshop: 'All workshop scenarios',
  // console chrome
  consoleHeading: 'Presenter console',
  toolbar: 'Console controls',
  fullScreen: 'Full screen',
  printHandout: 'Print handout',
  back: 'Back one decision',
  restart: 'Restart',
  restartConfirm: 'Start again from the first scene? The votes recorded so far will be cleared.',
  decision: (n: number) => `Decision ${n}`,
  askTheRoom: 'Ask the room',
  // voting
  voteHeading: 'The room votes',
  timerStart: (m: number) => `Start a ${m}-minute timer for pairs`,
  timerStop: 'Stop the timer',
  timerDone: 'Time is up: vote now.',
  addVote: (l: string) => `Add a vote for ${l}`,
  removeVote: (l: string) => `Remove a vote for ${l}`,
  shortcuts: 'Keys: 1–9 add a vote to option A–I, Shift + number removes one.',
  splitLine: (l: string, n: number, pct: number) => `${l}: ${votesWord(n)} (${pct}%)`,
  totalVotes: (n: number) => `${votesWord(n)} in total`,
  noVotesYet: 'No votes yet.',
  clearVotes: 'Clear the votes',
  votesCleared: 'Votes cleared.',
  goWithRoom: 'Go with the room',
  goWithRoomHint: (l: string) => `Option ${l} has the most votes.`,
  tieHint: (ls: string) => `Tie between ${ls}: pick one of them below.`,
  noVotesHint: 'Record the votes first, or pick an option yourself below.',
  pickHeading: 'Or pick an option yourself',
  pick: (l: string) => `Go with ${l}`,
  lockedReason: (text: string) => `Locked: opens only when ${text}.`,
  // reveal
  revealHeading: 'What happened',
  roomChose: (l: string, label: string) => `The room chose ${l}: ${label}`,
  byMajority: 'the majority',
  byFacilitator: 'the facilitator’s pick',
  discuss: 'Discuss',
  next: 'Next decision',
  toEnding: 'See the ending',
  meters: 'Trust meters',
  // ending and path
  debrief: 'Debrief questions',
  roomsPath: 'The room’s path',
  won: (l: string) => `${l} won`,
  picked: (l: string) => `${l} picked by the facilitator`,
  chosenBy: (how: string) => `chosen by ${how}`,
  pathDecision: (n: number, moment: string) => `Decision ${n} · ${moment}`,
  replayRunnerUp: (n: number, l: string) => `Replay from decision ${n} with the runner-up choice (${l})`,
  noRunnerUp: 'No other open option got votes here.',
  learnMore: 'Learn more',
  outcomes2: 'What this scenario practises',
  // handout
  handoutPath: 'The room’s path and votes',
  handoutEnding: 'Where the room ended up',
  handoutNoEnding: 'The room has not reached an ending yet.',
  handoutNotes: 'Notes: the one change we will try next Sprint',
  handoutFooter: 'Scrum Trust Lab · workshop handout',
  // live region
  announceChoice: (l: string, label: string) => `The room goes with ${l}: ${label}`,
} as const;
