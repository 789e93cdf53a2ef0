import { useEffect, useMemo, useRef, useState } from 'react';
import { letter, workshopUi as W } from '../../lib/workshop-labels';
import { compileScenario, createPlayModel, type Scenario } from '../../scenarios';
import * as S from '../../stores/workshop-session';
import type { PlayerLink } from '../ScenarioPlayer';
import type { OtherSide } from '../scenario/EndingView';
import { MeterBars } from '../scenario/Meters';
import { EndingStep } from './EndingStep';
import { Handout } from './Handout';
import { RevealStep } from './RevealStep';
import { Toolbar } from './Toolbar';
import { useFullScreen } from './useFullScreen';
import { useVoteKeys } from './useVoteKeys';
import { VoteStep } from './VoteStep';
import '../ScenarioPlayer.css';
import './workshop.css';
import { Notice } from '../scenario/Notice';

interface Props {
  /** Scenario id (the file name); names the saved session. */
  id: string;
  /** The scenario with Markdown already rendered to HTML. */
  scenario: Scenario;
  /** Learn-more links per ending id, resolved at build time. */
  learnMore: Record<string, PlayerLink[]>;
  /** The same situation from another seat, offered at the debrief. */
  otherSide?: OtherSide | undefined;
}

const noticeFor = (load: S.SessionLoad) =>
  load.status === 'moved-aside'
    ? load.reason === 'corrupt'
      ? W.noticeCorrupt
      : W.noticeOutdated
    : load.status === 'resumed' && (load.session.decisions.length > 0 || load.session.pending.some((n) => n > 0))
      ? W.noticeResumed
      : load.status === 'unavailable'
        ? W.noStorage
        : '';

/** The presenter console: one scene at a time, the room's votes, the reveal, the ending and the handout. */
export default function WorkshopConsole({ id, scenario, learnMore, otherSide }: Props) {
  const machine = useMemo(() => compileScenario(scenario, id), [scenario, id]);
  const [session, setSession] = useState<S.WorkshopSession | null>(null);
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(0);
  const [origin, setOrigin] = useState('');
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const full = useFullScreen(rootRef);

  useEffect(() => {
    const load = S.loadSession(id, scenario);
    setSession(load.session);
    setNotice(noticeFor(load));
    setOrigin(window.location.origin);
    document.documentElement.dataset.workshopConsole = 'active';
    return () => {
      delete document.documentElement.dataset.workshopConsole;
    };
  }, [id, scenario]);
  useEffect(() => {
    if (session) S.saveSession(session);
  }, [session]);
  useEffect(() => {
    if (moved > 0) headingRef.current?.focus();
  }, [moved]);

  const choices = useMemo(() => (session ? S.choicesOf(session) : []), [session]);
  // One play module; the room's choices are the play. It answers scene, variants, locks, meters and ending.
  const model = useMemo(() => createPlayModel(scenario, machine), [scenario, machine]);
  const view = useMemo(() => model.state(choices), [model, choices]);
  const scene = view.scene ? scenario.scenes.find((s) => s.id === view.scene?.id) : undefined;
  const voting = session?.stage === 'vote' && scene !== undefined;
  const isOpen = (index: number) => view.scene?.choices[index]?.open ?? false;
  const count = scene?.choices.length ?? 0;

  const vote = (option: number, delta: 1 | -1) => {
    if (!session || !voting || option >= count || !isOpen(option)) return;
    const next = S.castVote(session, option, delta, count);
    const share = S.tally(S.votesFor(next.pending, count)).shares[option];
    setSession(next);
    if (share) setAnnouncement(W.splitLine(letter(option), share.count, share.percent));
  };
  useVoteKeys(voting, vote);
  const reached = view.ending?.id ?? null;
  useEffect(() => {
    if (reached) setSession((s) => (s ? S.recordEnding(s, reached) : s));
  }, [reached]);
  if (!session) return <div className="ws-slot" />;

  const go = (next: S.WorkshopSession, message = '') => {
    setSession(next);
    setAnnouncement(message);
    setMoved((n) => n + 1);
  };
  const decideOption = (option: number) => {
    if (!scene || !isOpen(option)) return;
    go(S.decide(session, option, count), W.announceChoice(letter(option), scene.choices[option]?.label ?? ''));
  };
  const restart = () => {
    if (session.decisions.length > 0 && !window.confirm(W.restartConfirm)) return;
    go(S.newSession(id, scenario));
  };

  // The ending on screen is recorded by an effect just after it renders; a click in between must not lose it.
  const settled = reached ? S.recordEnding(session, reached) : session;
  const { meters } = view;
  const lastMade = view.steps.at(-1);
  const lastRoom = session.decisions.at(-1);
  const ending = view.ending?.id ?? null;
  const done = ending !== null;
  const revealing = session.stage === 'reveal' && lastMade !== undefined && lastRoom !== undefined;
  const byMajority =
    lastRoom !== undefined && S.majority(lastRoom.votes, (i) => lastMade?.openBefore[i] ?? false) === lastRoom.choice;

  return (
    <>
      <section
        ref={rootRef}
        className="ws"
        aria-labelledby="ws-h"
        data-stage={revealing ? 'reveal' : done ? 'ending' : 'vote'}
      >
        <h2 id="ws-h" className="visually-hidden">
          {W.consoleHeading}
        </h2>
        <Notice className="ws-notice" text={notice} dismiss={W.dismiss} onDismiss={() => setNotice('')} />
        <Toolbar
          canGoBack={session.decisions.length > 0}
          onBack={() => go(S.undoDecision(settled))}
          onRestart={restart}
          full={full}
        />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <MeterBars
          meters={scenario.meters}
          values={meters}
          deltas={revealing && lastMade ? Object.fromEntries(lastMade.changes.map((c) => [c.id, c.delta])) : undefined}
          heading={W.meters}
        />
        {revealing && lastRoom && lastMade ? (
          <RevealStep
            scenario={scenario}
            decision={lastRoom}
            made={lastMade}
            n={session.decisions.length}
            byMajority={byMajority}
            last={done}
            headingRef={headingRef}
            onNext={() => go(S.advance(session))}
          />
        ) : ending ? (
          <EndingStep
            scenario={scenario}
            ending={ending}
            decisions={session.decisions}
            view={view}
            otherSide={otherSide}
            found={settled.endings}
            links={learnMore[ending] ?? []}
            headingRef={headingRef}
            onReplay={(n, choice) => go(S.replayFrom(settled, n, choice))}
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
            stage={full.active}
            onVote={vote}
            onDecide={decideOption}
            onClear={() => {
              setSession(S.clearVotes(session));
              setAnnouncement(W.votesCleared);
            }}
          />
        ) : null}
      </section>
      <Handout
        scenario={scenario}
        ending={ending}
        decisions={session.decisions}
        view={view}
        links={ending ? (learnMore[ending] ?? []) : []}
        origin={origin}
      />
    </>
  );
}
