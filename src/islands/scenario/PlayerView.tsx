import { useSelector } from '@xstate/react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import {
  type Decision,
  scenarioLabels as L,
  type LoadResult,
  type PlayActor,
  recordEnding,
  type Scenario,
  type ScenarioMachine,
  saveProgress,
  startPlay,
  stateKey,
} from '../../scenarios';
import { markDone } from '../../stores/learner-progress';
import type { Boot, PlayerLink } from '../ScenarioPlayer';
import { changesText, MeterBars, meterDeltas } from './Meters';
import { Notice } from './Notice';
import { LastChoiceCard, SceneView } from './SceneView';

// The ending screen (timeline, map, debrief) is only needed once an ending is reached: it loads then, in its own chunk.
const EndingView = lazy(() => import('./EndingView').then((m) => ({ default: m.EndingView })));

interface Props {
  id: string;
  scenario: Scenario;
  machine: ScenarioMachine;
  boot: Boot;
  learnMore: Record<string, PlayerLink[]>;
}

const progressNotice = (load: LoadResult) =>
  load.status === 'moved-aside'
    ? load.reason === 'corrupt'
      ? L.noticeCorrupt
      : L.noticeOutdated
    : load.status === 'resumed' && load.choices.length > 0
      ? L.noticeResumed
      : load.status === 'unavailable'
        ? L.noStorage
        : '';

const noticeFor = (boot: Boot) =>
  [progressNotice(boot.load), boot.endingsMovedAside ? L.noticeEndingsCorrupt : ''].filter(Boolean).join(' ');

/** Drives one actor: scene or ending, meters, feedback, back/restart/revisit; saves after every change. */
export function PlayerView({ id, scenario, machine, boot, learnMore }: Props) {
  const [actor, setActor] = useState<PlayActor>(() => startPlay(machine, boot.choices));
  const snapshot = useSelector(actor, (s) => s);
  const [endings, setEndings] = useState(boot.endings);
  const [notice, setNotice] = useState(noticeFor(boot));
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { history, meters } = snapshot.context;
  const done = snapshot.status === 'done';
  const node = stateKey(snapshot);

  useEffect(() => {
    saveProgress(
      id,
      scenario,
      history.map((d) => d.choice),
    );
    if (done && !endings.includes(node)) setEndings(recordEnding(id, scenario, node));
    if (done) markDone(`scenarios/${id}`); // an ending reached counts in the learner's site-wide progress
  }, [id, scenario, history, done, node, endings]);
  useEffect(() => {
    if (moved > 0) headingRef.current?.focus();
  }, [moved]);

  const after = (next: PlayActor | null, message: string) => {
    if (next) setActor(next);
    setAnnouncement(message);
    setMoved((n) => n + 1);
  };
  const choose = (index: number) => {
    if (!actor.getSnapshot().can({ type: 'choice.select', index })) return;
    actor.send({ type: 'choice.select', index });
    const last = actor.getSnapshot().context.history.at(-1);
    after(null, last ? changesText(scenario.meters, last.before, last.after) : '');
  };
  const choices = history.map((d) => d.choice);
  const back = () => {
    if (done) after(startPlay(machine, choices.slice(0, -1)), L.announceBack);
    else {
      actor.send({ type: 'step.back' });
      after(null, L.announceBack);
    }
  };
  const restart = () => {
    if (done) after(startPlay(machine), L.announceRestart);
    else {
      actor.send({ type: 'scenario.restart' });
      after(null, L.announceRestart);
    }
  };
  const revisit = (decision: number) => {
    if (done) after(startPlay(machine, choices.slice(0, decision - 1)), L.announceRevisit(decision));
    else {
      actor.send({ type: 'decision.revisit', decision });
      after(null, L.announceRevisit(decision));
    }
  };

  const last: Decision | undefined = history.at(-1);
  const lastCard = last ? <LastChoiceCard scenario={scenario} decision={last} /> : null;

  const scene = scenario.scenes.find((s) => s.id === node);
  return (
    <div className="sp-body" data-state={done ? 'ending' : 'scene'}>
      <Notice className="sp-notice" text={notice} dismiss={L.dismiss} onDismiss={() => setNotice('')} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <MeterBars
        meters={scenario.meters}
        values={meters}
        deltas={last ? meterDeltas(last.before, last.after) : undefined}
        heading={L.meters}
      />
      {done ? (
        <Suspense fallback={<p className="sp-loading">{L.loadingEnding}</p>}>
          <EndingView
            scenario={scenario}
            ending={node}
            history={history}
            found={done && !endings.includes(node) ? [...endings, node] : endings}
            links={learnMore[node] ?? []}
            headingRef={headingRef}
            lastCard={lastCard}
            onRevisit={revisit}
            onRestart={restart}
            onBack={back}
            focusOnMount={moved > 0}
          />
        </Suspense>
      ) : scene ? (
        <SceneView
          scenario={scenario}
          scene={scene}
          decision={history.length + 1}
          headingRef={headingRef}
          lastCard={lastCard}
          isOpen={(index) => snapshot.can({ type: 'choice.select', index })}
          canGoBack={snapshot.can({ type: 'step.back' })}
          onChoose={choose}
          onBack={back}
          onRestart={history.length > 0 ? restart : undefined}
        />
      ) : null}
    </div>
  );
}
