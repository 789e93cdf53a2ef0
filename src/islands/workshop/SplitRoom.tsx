// The split room for a perspective pair: half the room decides as one seat, half as the other, taking turns on one
// screen (side by side where it is wide enough). Each half is the same Room a single console shows, over the play
// module of its own scenario; the joint debrief puts both paths together with what each side could not see.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { workshopUi as W } from '../../lib/workshop-labels';
import { buildRecap, recapMarkdown, recapSide } from '../../lib/workshop-recap';
import { compileScenario, createPlayModel, scenarioLabels as L, type Scenario } from '../../scenarios';
import * as N from '../../stores/notices';
import * as P from '../../stores/split-room';
import * as S from '../../stores/workshop-session';
import { Html } from '../shared/Html';
import { MeterBars } from '../shared/Meters';
import type { PlayerLink } from '../shared/types';
import { Notices } from '../shared/useSaved';
import { KeysDialog, type KeysDialogHandle } from './KeysDialog';
import { Notes, printRecap } from './Notes';
import { Recap } from './Recap';
import { Room } from './Room';
import { RoomPath } from './RoomPath';
import { Toolbar } from './Toolbar';
import { useFullScreen } from './useFullScreen';
import { useSavedRoom } from './useSavedRoom';
import './workshop.css';
import '../ScenarioPlayer.css';

/** One side of the pair, as the page passes it. */
export interface PairSide {
  id: string;
  scenario: Scenario;
  learnMore: Record<string, PlayerLink[]>;
  /** The single console of this scenario. */
  console: string;
}

interface Props {
  /** The page's scenario first (its half decides first), then the other side. */
  sides: [PairSide, PairSide];
}

function useSide(side: PairSide) {
  const machine = useMemo(() => compileScenario(side.scenario, side.id), [side]);
  return useMemo(() => createPlayModel(side.scenario, machine), [side, machine]);
}

export default function SplitRoom({ sides }: Props) {
  const [one, two] = sides;
  const models = [useSide(one), useSide(two)] as const;
  const scenarios = useMemo(() => ({ [one.id]: one.scenario, [two.id]: two.scenario }), [one, two]);
  const pairKey = P.pairIds(one.id, two.id).join('+');
  const saved = useSavedRoom<P.SplitRoom>(
    {
      key: P.splitKey(one.id, two.id),
      scope: `split:${pairKey}`,
      fileName: (setAside) => N.downloadName('workshop', pairKey, setAside),
      load: () => {
        const loaded = P.loadSplitRoom(one.id, two.id, scenarios);
        return { ...loaded, value: loaded.room };
      },
      reload: (slot) => P.reloadSplitRoom(one.id, two.id, scenarios, slot),
      save: P.saveSplitRoom,
      record: P.splitRecord,
      same: P.sameRoom,
      started: P.roomStarted,
    },
    `${one.id}+${two.id}`,
  );
  const { value: room, setValue: setRoom, notices } = saved;
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(0);
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const keysRef = useRef<KeysDialogHandle>(null);
  const full = useFullScreen(rootRef);
  useEffect(() => {
    document.documentElement.dataset.workshopConsole = 'active';
    return () => {
      delete document.documentElement.dataset.workshopConsole;
    };
  }, []);
  useEffect(() => {
    if (moved > 0) headingRef.current?.focus();
  }, [moved]);
  const focusHeading = useCallback(() => headingRef.current?.focus(), []);

  const views = [
    useMemo(
      () => models[0].state(room ? S.choicesOf(room.sides[one.id] as S.WorkshopSession) : []),
      [models, room, one],
    ),
    useMemo(
      () => models[1].state(room ? S.choicesOf(room.sides[two.id] as S.WorkshopSession) : []),
      [models, room, two],
    ),
  ] as const;
  if (!room) return <div className="ws-slot" />;

  const finished: P.Finished = (id, session) =>
    (id === one.id ? models[0] : models[1]).state(S.choicesOf(session)).ending !== undefined;
  // both halves are through once each has reached its ending and moved on from its last reveal
  const through = (i: 0 | 1) =>
    views[i].ending !== undefined && (room.sides[sides[i].id] as S.WorkshopSession).stage === 'vote';
  const bothDone = through(0) && through(1);
  const turnIndex = room.turn === one.id ? 0 : 1;
  const active = sides[turnIndex];
  const activeSession = room.sides[active.id] as S.WorkshopSession;

  const update =
    (id: string) =>
    (next: S.WorkshopSession, message = '', move = false) => {
      const withEnding = P.updateSide(room, id, next, finished);
      setRoom(withEnding);
      const turned = withEnding.turn !== room.turn;
      const to = sides.find((s) => s.id === withEnding.turn);
      setAnnouncement(turned && to ? W.splitTurnTo(to.scenario.title) : message);
      if (move || turned) setMoved((n) => n + 1);
    };
  const restart = () => {
    if (P.roomStarted(room) && !window.confirm(W.restartConfirm)) return;
    setRoom(P.newSplitRoom(one.id, scenarios, two.id));
    setMoved((n) => n + 1);
  };
  const recap = () =>
    buildRecap(
      W.splitTitle(one.scenario.title, two.scenario.title),
      sides.map((side, i) =>
        recapSide(
          side.scenario,
          (room.sides[side.id] as S.WorkshopSession).decisions,
          views[i] ?? views[0],
          side.scenario.otherSideNote,
        ),
      ),
      room,
      new Date(),
    );

  return (
    <>
      <section ref={rootRef} className="ws ws-splitroom" aria-labelledby="ws-h" data-turn={room.turn}>
        <h2 id="ws-h" className="visually-hidden">
          {W.splitKicker}
        </h2>
        <Notices className="ws-notice" items={notices.items} onDismiss={notices.dismiss} focusAfter={focusHeading} />
        <Toolbar
          canGoBack={!bothDone && activeSession.decisions.length > 0}
          onBack={() => update(active.id)(S.undoDecision(activeSession), '', true)}
          onRestart={restart}
          onKeys={() => keysRef.current?.open()}
          full={full}
        />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <div className="ws-halves" data-done={bothDone ? 'both' : undefined}>
          {sides.map((side, i) => {
            const session = room.sides[side.id] as S.WorkshopSession;
            const view = views[i] ?? views[0];
            const deciding = !bothDone && i === turnIndex;
            const done = through(i === 0 ? 0 : 1);
            return (
              <section
                key={side.id}
                className="ws-half"
                data-active={deciding ? 'true' : 'false'}
                aria-labelledby={`ws-half-${i}`}
              >
                <header className="ws-half-head">
                  <p className="ws-kicker">
                    {W.splitSide(i + 1)} · {W.splitPlays(side.scenario.learnerRole)}
                  </p>
                  <p id={`ws-half-${i}`} className="ws-half-title">
                    {side.scenario.title}
                  </p>
                  <p className="ws-half-status">
                    <strong>{deciding ? W.splitTurn : done ? W.splitDone : W.splitWaiting}</strong>
                  </p>
                </header>
                {deciding ? (
                  <div tabIndex={-1} className="ws-current">
                    <Room
                      scenario={side.scenario}
                      session={session}
                      view={view}
                      update={update(side.id)}
                      active
                      stage={full.active}
                      headingRef={headingRef}
                      learnMore={side.learnMore}
                      keys={{ full: full.supported ? full.toggle : undefined, help: () => keysRef.current?.open() }}
                      onAnnounce={setAnnouncement}
                    />
                  </div>
                ) : (
                  <div className="ws-half-summary">
                    <MeterBars meters={side.scenario.meters} values={view.meters} heading={W.meters} />
                    <p>
                      {done && view.ending
                        ? `${view.ending.title} (${L.tone[view.ending.tone].toLowerCase()})`
                        : W.decision(session.decisions.length + (session.stage === 'reveal' ? 0 : 1))}
                    </p>
                    {!bothDone && !done && (
                      <button
                        type="button"
                        className="button secondary"
                        onClick={() => {
                          setRoom(P.giveTurn(room, side.id));
                          setAnnouncement(W.splitTurnTo(side.scenario.title));
                          setMoved((n) => n + 1);
                        }}
                      >
                        {W.splitGiveTurn}
                      </button>
                    )}
                  </div>
                )}
              </section>
            );
          })}
        </div>
        {bothDone ? (
          <section tabIndex={-1} className="ws-step ws-joint" aria-labelledby="ws-ending-h">
            <h2 id="ws-ending-h" ref={headingRef} tabIndex={-1}>
              {W.splitDebrief}
            </h2>
            <div className="ws-joint-sides">
              {sides.map((side, i) => {
                const view = views[i] ?? views[0];
                const e = view.ending;
                if (!e) return null;
                return (
                  <section key={side.id} className={`ws-joint-side tone-${e.tone}`} aria-labelledby={`ws-joint-${i}`}>
                    <p className="ws-kicker">
                      {W.splitSide(i + 1)} · {side.scenario.title}
                    </p>
                    <h3 id={`ws-joint-${i}`}>
                      {e.title} <span className="ws-tone">({L.tone[e.tone].toLowerCase()})</span>
                    </h3>
                    <Html className="ws-outcome" html={e.outcome} />
                    {side.scenario.otherSideNote && (
                      <aside className="ws-ask ws-blind" aria-labelledby={`ws-blind-${i}`}>
                        <h4 id={`ws-blind-${i}`}>{W.splitCouldNotSee}</h4>
                        <p>{side.scenario.otherSideNote}</p>
                      </aside>
                    )}
                    <h4>{W.roomsPath}</h4>
                    <RoomPath
                      scenario={side.scenario}
                      decisions={(room.sides[side.id] as S.WorkshopSession).decisions}
                      view={view}
                    />
                    <h4>{W.debrief}</h4>
                    <ol>
                      {e.debrief.map((q) => (
                        <li key={q}>{q}</li>
                      ))}
                    </ol>
                  </section>
                );
              })}
            </div>
            <Notes
              agreements={room.agreements}
              actions={room.actions}
              onWrite={(field, text) => setRoom(P.writeSplitNotes(room, field, text))}
              markdown={() => recapMarkdown(recap())}
              onPrint={printRecap}
            />
            <p className="ws-muted">
              {sides.map((s) => (
                <a key={s.id} className="ws-back-one" href={s.console}>
                  {W.splitBackToOne}: {s.scenario.title}
                </a>
              ))}
            </p>
          </section>
        ) : (
          <p className="ws-muted ws-joint-later">{W.splitNeedsBoth}</p>
        )}
        <KeysDialog ref={keysRef} />
      </section>
      <Recap recap={recap()} />
    </>
  );
}
