// The workshop recap: what the room decided, where it ended, and the agreements and actions written in the debrief.
// One pure projection of the session and the play module's answer, rendered twice: as the printed page
// (islands/workshop/Recap.tsx) and as Markdown to paste into a team's notes. Nothing here knows scenario rules.
import { scenarioLabels as L, type PlayState, type Scenario } from '../scenarios';
import { majority, noteLines, type RoomDecision, tally } from '../stores/workshop-session';
import { letter, workshopUi as W } from './workshop-labels';

/** One decision as the recap tells it. */
export interface RecapStep {
  n: number;
  moment: string;
  letter: string;
  label: string;
  how: string;
  split: string;
}

/** One side of the recap (a single console has one). */
export interface RecapSide {
  title: string;
  role: string;
  ending: string | null;
  steps: RecapStep[];
  /** In a split room: what this side could not see (the scenario's otherSideNote). */
  blind?: string;
}

export interface Recap {
  title: string;
  date: string;
  sides: RecapSide[];
  agreements: string[];
  actions: string[];
}

/** The recap of one side: its decisions with their splits and its ending, from the play module's view. */
export function recapSide(
  scenario: Scenario,
  decisions: readonly RoomDecision[],
  view: PlayState,
  blind?: string,
): RecapSide {
  const steps = view.steps.flatMap((step, i): RecapStep[] => {
    const d = decisions[i];
    if (!d) return [];
    const open = (index: number) => step.openBefore[index] ?? false;
    const how = majority(d.votes, open) === d.choice ? W.byMajority : W.byFacilitator;
    const { shares, total } = tally(d.votes);
    const split = total
      ? shares
          .filter((s) => s.count > 0)
          .map((s) => W.splitLine(letter(s.index), s.count, s.percent))
          .join(', ')
      : W.noVotesYet.replace(/\.$/, '');
    return [{ n: i + 1, moment: step.moment, letter: letter(d.choice), label: step.label, how, split }];
  });
  const ending = view.ending ? `${view.ending.title} (${L.tone[view.ending.tone].toLowerCase()})` : null;
  return {
    title: scenario.title,
    role: scenario.learnerRole,
    ending,
    steps,
    ...(blind ? { blind: blind.trim() } : {}),
  };
}

/** The whole recap. */
export function buildRecap(
  title: string,
  sides: RecapSide[],
  notes: { agreements: string; actions: string },
  date: Date,
): Recap {
  return {
    title,
    date: date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    sides,
    agreements: noteLines(notes.agreements),
    actions: noteLines(notes.actions),
  };
}

/** Escapes the characters Markdown would read as formatting in a line of prose. */
export const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

/** The recap as Markdown: a heading, each side's decisions and ending, then agreements and actions as lists. */
export function recapMarkdown(recap: Recap): string {
  const e = escapeMarkdown;
  const out: string[] = [`# ${e(recap.title)}`, '', `${W.recapKicker}. ${W.recapDate(recap.date)}.`];
  const split = recap.sides.length > 1;
  for (const side of recap.sides) {
    out.push('', split ? `## ${e(side.title)} (${e(side.role)})` : `## ${W.recapPath}`, '');
    for (const s of side.steps)
      out.push(`${s.n}. ${e(s.moment)}: ${e(W.roomChose(s.letter, s.label))} (${e(W.recapSplit(s.how, s.split))})`);
    if (side.steps.length === 0) out.push(`- ${W.recapNone}`);
    out.push('', `**${W.recapEnding}:** ${e(side.ending ?? W.recapNoEnding)}`);
    if (side.blind) out.push('', `**${W.splitCouldNotSee}:** ${e(side.blind.replace(/\s+/g, ' '))}`);
  }
  for (const [heading, lines] of [
    [W.recapAgreements, recap.agreements],
    [W.recapActions, recap.actions],
  ] as const) {
    out.push('', `## ${heading}`, '');
    if (lines.length === 0) out.push(`- ${W.recapNone}`);
    for (const line of lines) out.push(`- ${e(line)}`);
  }
  return `${out.join('\n')}\n`;
}
