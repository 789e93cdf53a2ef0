// One room deciding through one scenario: the vote, the reveal and the ending, with the keys and the countdown.
// A thin view over the play module (scene, locks, meters and ending come from it); the session is the parent's.
import { type ReactNode, type RefObject, useEffect, useMemo } from 'react';
import { letter, workshopUi as W } from '../../lib/workshop-labels';
import type { PlayModel, PlayState, Scenario } from '../../scenarios';
import * as S from '../../stores/workshop-session';
import { MeterBars } from '../shared/Meters';
import type { OtherSide, PlayerLink } from '../shared/types';
import { EndingStep } from './EndingStep';
import { RevealStep } from './RevealStep';
import { useCountdown } from './Timer';
import { type RoomKeys, useRoomKeys } from './useRoomKeys';
import { VoteStep } from './VoteStep';

/** Changes the session; `message` is announced, `move` sends focus to the new step's heading. */
export type Update = (next: S.WorkshopSession, message?: string, move?: boolean) => void;

/** The play module's answer for a session (with the ending on screen counted as reached). */
export function useRoomView(model: PlayModel, session: S.WorkshopSession) {
  const choices = useMemo(() => S.choicesOf(session), [session]);
  return useMemo(() => model.state(choices), [model, choices]);
}

interface Props {
  scenario: Scenario;
  session: S.WorkshopSession;
  view: PlayState;
  update: Update;
  /** Keys act on this room (in a split room only the half deciding now). */
  active: boolean;
  /** Full screen: the scene scrolls on its own. */
  stage: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  learnMore: Record<string, PlayerLink[]>;
  otherSide?: OtherSide | undefined;
  /** Shown in the debrief after the questions (agreements and actions). */
  debriefExtra?: ReactNode;
  /** Keys the page adds (full screen, the list of keys). */
  keys?: Pick<RoomKeys, 'full' | 'help'>;
  onAnnounce: (message: string) => void;
}

export function Room({
  scenario,
  session,
  view,
  update,
  active,
  stage,
  headingRef,
  learnMore,
  otherSide,
  debriefExtra,
  keys,
  onAnnounce,
}: Props) {
  const scene = view.scene ? scenario.scenes.find((s) => s.id === view.scene?.id) : undefined;
  const voting = session.stage === 'vote' && scene !== undefined;
  const isOpen = (index: number) => view.scene?.choices[index]?.open ?? false;
  const count = scene?.choices.length ?? 0;
  const reached = view.ending?.id ?? null;
  const settled = reached ? S.recordEnding(session, reached) : session;
  const lastMade = view.steps.at(-1);
  const lastRoom = session.decisions.at(-1);
  const revealing = session.stage === 'reveal' && lastMade !== undefined && lastRoom !== undefined;
  const counts = S.votesFor(session.pending, count);
  const winner = S.majority(counts, isOpen);

  const countdown = useCountdown((closes) => {
    if (closes) update(S.closeVote(session, true), W.timerUpClosed);
  });
  const decisionNo = session.decisions.length;
  // a new decision starts with the countdown stopped
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets when the decision or stage changes, nothing else
  useEffect(() => countdown.reset(), [decisionNo, session.stage]);

  const vote = (option: number, delta: 1 | -1) => {
    if (!voting || session.closed || option >= count || !isOpen(option)) return;
    const next = S.castVote(session, option, delta, count);
    if (next === session) return;
    const share = S.tally(S.votesFor(next.pending, count)).shares[option];
    const l = letter(option);
    update(
      next,
      session.hideTallies
        ? delta > 0
          ? W.voteRecorded(l)
          : W.voteRemoved(l)
        : share
          ? W.splitLine(l, share.count, share.percent)
          : '',
    );
  };
  const decide = (option: number) => {
    if (!scene || !isOpen(option)) return;
    update(
      S.decide(session, option, count),
      W.announceChoice(letter(option), scene.choices[option]?.label ?? ''),
      true,
    );
  };
  const goWithRoom = () => {
    if (!voting) return;
    if (winner === null) onAnnounce(W.noMajority);
    else decide(winner);
  };
  const next = () => {
    if (revealing) update(S.advance(settled), '', true);
  };
  const hide = (h: boolean) => update(S.hideTallies(session, h), h ? W.talliesHidden : '');
  useRoomKeys(active, {
    vote,
    go: goWithRoom,
    next,
    timer: voting ? countdown.toggle : undefined,
    hide: () => hide(!session.hideTallies),
    ...keys,
  });

  return (
    <>
      <MeterBars
        meters={scenario.meters}
        values={view.meters}
        deltas={revealing && lastMade ? Object.fromEntries(lastMade.changes.map((c) => [c.id, c.delta])) : undefined}
        heading={W.meters}
      />
      {revealing && lastRoom && lastMade ? (
        <RevealStep
          scenario={scenario}
          decision={lastRoom}
          made={lastMade}
          n={session.decisions.length}
          byMajority={S.majority(lastRoom.votes, (i) => lastMade.openBefore[i] ?? false) === lastRoom.choice}
          last={reached !== null}
          headingRef={headingRef}
          onNext={next}
        />
      ) : reached ? (
        <EndingStep
          scenario={scenario}
          ending={reached}
          decisions={session.decisions}
          view={view}
          otherSide={otherSide}
          found={settled.endings}
          links={learnMore[reached] ?? []}
          headingRef={headingRef}
          extra={debriefExtra}
          onReplay={(n, choice) => update(S.replayFrom(settled, n, choice), '', true)}
        />
      ) : scene ? (
        <VoteStep
          scenario={scenario}
          scene={scene}
          moment={view.scene?.moment ?? ''}
          situation={view.scene?.situation ?? ''}
          prompt={scenario.facilitation?.prompts[scene.id]}
          decision={session.decisions.length + 1}
          votes={session.pending}
          isOpen={isOpen}
          headingRef={headingRef}
          stage={stage}
          hidden={session.hideTallies}
          closed={session.closed}
          countdown={countdown}
          onVote={vote}
          onDecide={decide}
          onClear={() => update(S.clearVotes(session), W.votesCleared)}
          onHide={hide}
          onReopen={() => update(S.closeVote(session, false), W.voteReopened)}
        />
      ) : null}
    </>
  );
}
