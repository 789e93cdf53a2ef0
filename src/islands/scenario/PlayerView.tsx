import { useSelector } from '@xstate/react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { downloadText } from '../../lib/download';
import {
  type Decision,
  scenarioLabels as L,
  type PlayActor,
  type Scenario,
  type ScenarioMachine,
  startPlay,
  stateKey,
} from '../../scenarios';
import { markDone } from '../../stores/learner-progress';
import * as N from '../../stores/notices';
import type { Loaded, Saved } from '../../stores/records';
import {
  endingsKey,
  knownEndings,
  progressKey,
  progressRecord,
  recordEnding,
  reloadEndings,
  reloadProgress,
  saveProgress,
} from '../../stores/scenario-progress';
import type { Boot } from '../ScenarioPlayer';
import { changesText, MeterBars, meterDeltas } from '../shared/Meters';
import type { PlayerLink } from '../shared/types';
import { type NoticeItem, Notices, useNotices, useStorageEvent } from '../shared/useSaved';
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

/** Drives one actor: scene or ending, meters, feedback, back/restart/revisit; saves after every change. */
export function PlayerView({ id, scenario, machine, boot, learnMore }: Props) {
  const [actor, setActor] = useState<PlayActor>(() => startPlay(machine, boot.progress.choices));
  const snapshot = useSelector(actor, (s) => s);
  const [endings, setEndings] = useState(boot.endings.endings);
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { history, meters } = snapshot.context;
  const done = snapshot.status === 'done';
  const node = stateKey(snapshot);
  const choices = history.map((d) => d.choice);
  // What storage holds for this tab's play (the text of the choices), and the choices on screen now.
  const saved = useRef(JSON.stringify(boot.progress.choices));
  const current = useRef(choices);
  current.current = choices;

  const downloadCurrent = () =>
    downloadText(
      JSON.stringify(progressRecord(id, scenario, current.current), null, 2),
      N.downloadName('scenario', id, false),
    );
  const cannotSave: NoticeItem = {
    id: 'cannot-save',
    text: N.cannotSave('scenario'),
    urgent: true,
    once: true,
    actions: [{ label: N.noticeButtons.downloadCurrent, onClick: downloadCurrent }],
  };
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
    setActor(startPlay(machine, stored));
    notices.show({ id: 'updated', text: N.updatedElsewhere.scenario });
  };
  const report = (result: Saved) => {
    if (result.status === 'failed') notices.show(cannotSave);
    if (result.status === 'conflict')
      notices.show({
        id: 'conflict',
        text: N.conflictElsewhere('scenario'),
        urgent: true,
        actions: [
          { label: N.noticeButtons.loadNewer, onClick: adoptStored },
          { label: N.noticeButtons.downloadThisTab, onClick: downloadCurrent },
        ],
      });
  };
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: saves when the play (history) changes; `choices` derives from it and `report` only touches refs and setters
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
  }, [id, scenario, history, done, node, endings, boot]);
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
      <Notices className="sp-notice" items={notices.items} onDismiss={notices.dismiss} />
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
