import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import {
  createPlayModel,
  scenarioLabels as L,
  type LoadResult,
  recordEnding,
  type Scenario,
  type ScenarioMachine,
  saveProgress,
} from '../../scenarios';
import { markDone } from '../../stores/learner-progress';
import type { Boot, PlayerLink } from '../ScenarioPlayer';
import type { OtherSide } from './EndingView';
import { MeterBars } from './Meters';
import { Notice } from './Notice';
import { LastChoiceCard, type Person, SceneView, stepChanges } from './SceneView';

// The ending screen (timeline, map, debrief) is only needed once an ending is reached: it loads then, in its own chunk.
const EndingView = lazy(() => import('./EndingView').then((m) => ({ default: m.EndingView })));

interface Props {
  id: string;
  scenario: Scenario;
  machine: ScenarioMachine;
  boot: Boot;
  learnMore: Record<string, PlayerLink[]>;
  people: Record<string, Person>;
  otherSide?: OtherSide | undefined;
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

/**
 * A thin view over the play module: the play is the list of choices; everything shown (scene, variants, locks,
 * meters, ending, why) is the module's answer for it. Saves after every change.
 */
export function PlayerView({ id, scenario, machine, boot, learnMore, people, otherSide }: Props) {
  const model = useMemo(() => createPlayModel(scenario, machine), [scenario, machine]);
  const [play, setPlay] = useState<number[]>(() => model.state(boot.choices).play);
  const view = useMemo(() => model.state(play), [model, play]);
  const [endings, setEndings] = useState(boot.endings);
  const [notice, setNotice] = useState(noticeFor(boot));
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ending = view.ending?.id;

  useEffect(() => {
    saveProgress(id, scenario, view.play);
    if (ending && !endings.includes(ending)) setEndings(recordEnding(id, scenario, ending));
    if (ending) markDone(`scenarios/${id}`); // an ending reached counts in the learner's site-wide progress
  }, [id, scenario, view.play, ending, endings]);
  useEffect(() => {
    if (moved > 0) headingRef.current?.focus();
  }, [moved]);

  const go = (next: number[], message: string) => {
    setPlay(next);
    setAnnouncement(message);
    setMoved((n) => n + 1);
  };
  const choose = (index: number) => {
    if (!view.scene?.choices[index]?.open) return;
    const next = model.choose(play, index);
    const step = model.state(next).steps.at(-1);
    go(next, step ? stepChanges(step) : '');
  };
  const back = () => go(model.back(play), L.announceBack);
  const restart = () => go(model.restart(), L.announceRestart);
  const revisit = (n: number) => go(model.goBackTo(play, n), L.announceRevisit(n));

  const last = view.steps.at(-1);
  const reflect = last && scenario.scenes.find((s) => s.id === last.scene)?.reflect;
  const lastCard = last ? <LastChoiceCard step={last} reflect={reflect} /> : null;
  const deltas = last ? Object.fromEntries(last.changes.map((c) => [c.id, c.delta])) : undefined;

  return (
    <div className="sp-body" data-state={ending ? 'ending' : 'scene'}>
      <Notice className="sp-notice" text={notice} dismiss={L.dismiss} onDismiss={() => setNotice('')} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <MeterBars meters={scenario.meters} values={view.meters} deltas={deltas} heading={L.meters} />
      {ending ? (
        <Suspense fallback={<p className="sp-loading">{L.loadingEnding}</p>}>
          <EndingView
            scenario={scenario}
            view={view}
            found={endings.includes(ending) ? endings : [...endings, ending]}
            links={learnMore[ending] ?? []}
            otherSide={otherSide}
            headingRef={headingRef}
            lastCard={lastCard}
            onRevisit={revisit}
            onRestart={restart}
            onBack={back}
            focusOnMount={moved > 0}
          />
        </Suspense>
      ) : view.scene ? (
        <SceneView
          scene={view.scene}
          people={people}
          meters={scenario.meters}
          headingRef={headingRef}
          lastCard={lastCard}
          canGoBack={play.length > 0}
          onChoose={choose}
          onBack={back}
          onRestart={play.length > 0 ? restart : undefined}
        />
      ) : null}
    </div>
  );
}
