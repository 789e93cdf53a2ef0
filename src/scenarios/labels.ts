// UI labels for the scenario booklet and player: the one place their words live in code. Story prose is in content/.
import type { Condition, Fact, Meter } from './types';

const sign = (n: number) => (n > 0 ? `+${n}` : `${n}`);
const listJoin = (parts: string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** "The team's trust … is at least 7 and you told Ines on Thursday …" for one or more conditions. */
export function conditionText(
  conditions: readonly Condition[],
  meters: readonly Meter[],
  facts: readonly Fact[] = [],
): string {
  return listJoin(
    conditions.map((c) => {
      if ('fact' in c) return facts.find((f) => f.id === c.fact)?.means ?? c.fact;
      if ('notFact' in c) return `it is not so that ${facts.find((f) => f.id === c.notFact)?.means ?? c.notFact}`;
      // conditions always sit mid-sentence ("Open only if the …"), so a leading "The" is lowered
      const label = (meters.find((m) => m.id === c.meter)?.label ?? c.meter).replace(/^The /, 'the ');
      if (c.atLeast !== undefined && c.atMost !== undefined) return `${label} is between ${c.atLeast} and ${c.atMost}`;
      return c.atLeast !== undefined ? `${label} is at least ${c.atLeast}` : `${label} is at most ${c.atMost}`;
    }),
  );
}

/** "The team's trust in the PO +1, Sustainable pace −2" (or "No meter moves"). */
export function effectsText(effects: Record<string, number>, meters: readonly Meter[]): string {
  const parts = meters.filter((m) => effects[m.id]).map((m) => `${m.label} ${sign(effects[m.id] ?? 0)}`);
  return parts.length ? parts.join(', ') : scenarioLabels.noMeterMoves;
}

export const scenarioLabels = {
  sign,
  // a part of the player that loads on use (never vanish: a retry, not a silent gap)
  failedEnding: 'The ending could not load (this page may be offline, and this part was not saved for offline use).',
  retry: 'Try again',
  meters: 'Trust meters',
  meterValue: (value: number, max: number) => `${value} of ${max}`,
  loadingStory: 'Loading the rest of the story…',
  failedStory:
    'The rest of the story could not load (this page may be offline, and the story was not kept for offline use yet). Your choices so far are kept.',
  predict: 'Before you choose',
  reflect: 'Think about it',
  choices: 'Your choices',
  locked: (text: string) => `Locked: this opens only when ${text}.`,
  tone: { good: 'Good ending', mixed: 'Mixed ending', bad: 'Bad ending' },
  debrief: 'Debrief questions',
  learnMore: 'Learn more',
  noMeterMoves: 'No meter moves',
  // player
  playerHeading: 'Play the scenario',
  loadingEnding: 'Loading the ending…',
  decision: (n: number) => `Decision ${n}`,
  lastChoice: 'After your last choice',
  youChose: 'You chose',
  meterChange: (label: string, delta: number, value: number, max: number) =>
    `${label} ${delta === 0 ? 'unchanged' : sign(delta)}, now ${value} of ${max}`,
  back: 'Back one step',
  restart: 'Restart',
  restartScenario: 'Start again from the beginning',
  revisit: (n: number) => `Go back to decision ${n} and choose differently`,
  whyThisEnding: 'Why this ending',
  inTheRoom: 'In the room',
  speaks: (name: string) => `${name} speaks.`,
  personWithRole: (name: string, role: string) => `${name} (${role})`,
  guideCitation: (section: string) => `Scrum Guide 2020: ${section}`,
  otherSide: 'Play it from the other side',
  otherSideWhat: (title: string) => `“${title}” tells the same situation from another seat.`,
  facilitationPrompt: 'Discussion prompt',
  ruleHeld: (text: string) => `The rule that held: ${text}.`,
  endingOtherwise: 'None of the earlier rules held, so the checkpoint sent you to its "otherwise" ending.',
  yourMeters: (text: string) => `Your meters: ${text}.`,
  yourPath: 'Your path',
  announceBack: 'Went back one step.',
  announceRestart: 'Started again from the beginning.',
  announceRevisit: (n: number) => `Back at decision ${n}. Choose differently if you like.`,
} as const;

/** Words only the built pages use (the scenario page, the booklet, the library), with the player's: never sent to the browser. */
export const pageLabels = {
  ...scenarioLabels,
  learnerRole: 'You play',
  minutes: (m: number) => `About ${m} minutes`,
  outcomes: 'After this scenario you can',
  touches: 'Scrum events, accountabilities and topics in play',
  meterStart: (start: number, min: number, max: number) => `starts at ${start} (scale ${min} to ${max})`,
  bookletHeading: 'Choose your path (printable version)',
  bookletKicker: 'Booklet',
  bookletTitle: (title: string) => `${title}: the booklet`,
  bookletNote:
    'Every scene, choice and ending of the story on one page, to read without JavaScript or to print. It shows every ending at once; to find them by your own choices, play it instead.',
  playInstead: 'Play it in the interactive player',
  bookletLink: 'Read it as a booklet',
  bookletLinkNote:
    'every scene and ending on one page, for reading without JavaScript or printing (it shows all the endings)',
  needsJs: 'The interactive player needs JavaScript, which is off in this browser. The booklet tells the same story.',
  bookletIntro:
    'Start at scene 1. Each choice links to where it leads. Keep a tally of the meters as you go and note what the story remembers: some choices open only when a meter is high enough or something has happened, checkpoints route by both, and some texts read differently depending on what you did.',
  scene: (n: number) => `Scene ${n}`,
  onlyIf: (text: string) => `Open only if ${text}.`,
  effects: 'Meters',
  feedback: 'What happens',
  goTo: (title: string) => `Go to ${title}`,
  checkpoint: 'Checkpoint',
  checkpointRule: (text: string) => `If ${text}:`,
  checkpointOtherwise: 'Otherwise:',
  ending: 'Ending',
  peopleHeading: 'The people in this story',
  youPlay: 'you play this person',
  factsSet: (text: string) => `Remembered: ${text}.`,
  ifVariant: (text: string) => `If ${text}:`,
  otherwiseVariant: 'Otherwise:',
} as const;
