import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { downloadText } from '../../lib/download';
import { createPlayModel, scenarioLabels as L, type Scenario, type ScenarioMachine } from '../../scenarios';
import { markDone } from '../../stores/mark-done';
import * as N from '../../stores/notices';
import type { Loaded } from '../../stores/records';
import {
  type EndingsLoad,
  endingsKey,
  knownEndings,
  type ProgressLoad,
  progressKey,
  progressRecord,
  recordEnding,
  reloadEndings,
  reloadProgress,
  saveProgress,
} from '../../stores/scenario-progress';
import { ChunkBoundary, LoadFailed } from '../shared/ChunkBoundary';
import { MeterBars } from '../shared/Meters';
import type { OtherSide, PlayerLink } from '../shared/types';
import {
  cannotSaveNotice,
  type NoticeItem,
  Notices,
  saveReporter,
  useNotices,
  useStorageEvent,
} from '../shared/useSaved';
import { LastChoiceCard, type Person, SceneView, stepChanges } from './SceneView';

/** What the player island loads before it shows anything. */
export interface Boot {
  /** Saved progress: how it loaded (told to the learner), the slot to save through, the choices to replay. */
  progress: ProgressLoad;
  /** Endings found so far, loaded the same way. */
  endings: EndingsLoad;
}

/**
 * The story's prose: only the opening scene's at first ('opening'), the whole story once fetched ('full'). `load`
 * fetches it (once; again after a failure).
 */
export interface Story {
  state: 'opening' | 'loading' | 'full' | 'failed';
  load: () => void;
}

// The ending screen (timeline, map, debrief) is only needed once an ending is reached: it loads then, in its own chunk.
// When that chunk cannot load (offline, not kept), ChunkBoundary says so and "Try again" makes a new lazy component.
const loadEnding = () => import('./EndingView').then((m) => ({ default: m.EndingView }));

interface Props {
  id: string;
  scenario: Scenario;
  machine: ScenarioMachine;
  boot: Boot;
  story: Story;
  learnMore: Record<string, PlayerLink[]>;
  people: Record<string, Person>;
  otherSide?: OtherSide | undefined;
}

/** The notice for a record set aside at load, with a download of exactly what was set aside. */
const setAsideNotice = (subject: N.Subject, id: string, loaded: Loaded<unknown>): NoticeItem[] =>
  loaded.status === 'set-aside'
    ? [
        {
          id: `set-aside-${subject}`,
          text: N.loadNotice(subject, loaded),
          actions: [
            {
              label: N.noticeButtons.downloadSetAside,
              onClick: () => downloadText(loaded.raw, N.downloadName(subject, id, true)),
            },
          ],
        },
      ]
    : [];

/**
 * A thin view over the play module: the play is the list of choices; everything shown (scene, variants, locks,
 * meters, ending, why) is the module's answer for it. Saves after every change.
 */
export function PlayerView({ id, scenario, machine, boot, story, learnMore, people, otherSide }: Props) {
  const model = useMemo(() => createPlayModel(scenario, machine), [scenario, machine]);
  const [attempt, setAttempt] = useState(0);
  // a new attempt is a new lazy component (React caches a failed one)
  const EndingView = useMemo(
    () =>
      lazy(() =>
        attempt === 0
          ? loadEnding()
          : // a browser may keep a failed module import for the page's lifetime: if the new attempt fails too,
            // reload (progress is saved, so the page opens at this ending)
            loadEnding().catch((error: unknown) => {
              window.location.reload();
              throw error;
            }),
      ),
    [attempt],
  );
  const [play, setPlay] = useState<number[]>(() => model.state(boot.progress.choices).play);
  const view = useMemo(() => model.state(play), [model, play]);
  const [endings, setEndings] = useState(boot.endings.endings);
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const node = view.ending?.id ?? '';
  const done = view.ending !== undefined;
  const choices = view.play;
  // What storage holds for this tab's play (the text of the choices), and the choices on screen now.
  const saved = useRef(JSON.stringify(boot.progress.choices));
  const current = useRef(choices);
  current.current = choices;

  const downloadCurrent = () =>
    downloadText(
      JSON.stringify(progressRecord(id, scenario, current.current), null, 2),
      N.downloadName('scenario', id, false),
    );
  const cannotSave = cannotSaveNotice('scenario', downloadCurrent);
  const notices = useNotices(() => [
    ...(boot.progress.loaded.status === 'unavailable' ? [cannotSave] : []),
    ...setAsideNotice('scenario', id, boot.progress.loaded),
    ...setAsideNotice('endings', id, boot.endings.loaded),
    ...(boot.progress.loaded.status === 'loaded' && boot.progress.choices.length > 0
      ? [{ id: 'resumed', text: N.resumed.scenario }]
      : []),
  ]);

  /** Replaces the play on screen with the one another tab saved. */
  const adoptStored = () => {
    const stored = reloadProgress(id, scenario, boot.progress.slot);
    notices.drop('conflict');
    if (!stored) return;
    saved.current = JSON.stringify(stored);
    if (JSON.stringify(current.current) === saved.current) return;
    setPlay(model.state(stored).play);
    notices.show({ id: 'updated', text: N.updatedElsewhere.scenario });
  };
  const report = saveReporter(notices.show, 'scenario', cannotSave, adoptStored, downloadCurrent);
  useStorageEvent([progressKey(id), endingsKey(id)], (key) => {
    if (key === endingsKey(id)) {
      const theirs = reloadEndings(id, boot.endings.slot);
      setEndings((found) => [...new Set([...found, ...theirs])]);
      return;
    }
    // Another tab saved: follow it, unless this tab has changes it could not save (then warn, and let the learner pick).
    if (JSON.stringify(current.current) === saved.current) adoptStored();
    else report({ status: 'conflict' });
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: saves when the play changes; `choices` derives from it and `report` only touches refs and setters
  useEffect(() => {
    const text = JSON.stringify(choices);
    if (text !== saved.current) {
      const result = saveProgress(boot.progress.slot, id, scenario, choices);
      if (result.status === 'saved') saved.current = text;
      report(result);
    }
    if (done && !endings.includes(node)) {
      const found = recordEnding(boot.endings.slot, id, endings, node);
      setEndings(found.endings);
      if (found.saved.status === 'failed') report(found.saved);
    }
    if (done) markDone(`scenarios/${id}`); // an ending reached counts in the learner's site-wide progress
  }, [id, scenario, choices, done, node, endings, boot]);
  // Past the opening scene the view needs the rest of the story (a resumed play, a choice made before it arrived).
  const pending = play.length > 0 && story.state !== 'full';
  // (once: after a failure the learner asks again with "Try again")
  useEffect(() => {
    if (pending && story.state === 'opening') story.load();
  }, [pending, story]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the heading to focus appears when the move is made or, if the story was still loading, when it arrives
  useEffect(() => {
    if (moved > 0) headingRef.current?.focus();
  }, [moved, pending]);

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
    <div className="sp-body" data-state={done ? 'ending' : 'scene'}>
      <Notices className="sp-notice" items={notices.items} onDismiss={notices.dismiss} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <MeterBars meters={scenario.meters} values={view.meters} deltas={deltas} heading={L.meters} />
      {pending ? (
        story.state === 'failed' ? (
          <LoadFailed message={L.failedStory} retry={L.retry} onRetry={story.load}>
            <button type="button" className="button secondary" onClick={back}>
              {L.back}
            </button>
          </LoadFailed>
        ) : (
          <p className="sp-loading" role="status">
            {L.loadingStory}
          </p>
        )
      ) : done ? (
        <ChunkBoundary key={attempt} message={L.failedEnding} retry={L.retry} onRetry={() => setAttempt((n) => n + 1)}>
          <Suspense fallback={<p className="sp-loading">{L.loadingEnding}</p>}>
            <EndingView
              scenario={scenario}
              view={view}
              otherSide={otherSide}
              found={knownEndings(scenario, done && !endings.includes(node) ? [...endings, node] : endings)}
              links={learnMore[node] ?? []}
              headingRef={headingRef}
              lastCard={lastCard}
              onRevisit={revisit}
              onRestart={restart}
              onBack={back}
              focusOnMount={moved > 0}
            />
          </Suspense>
        </ChunkBoundary>
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
