import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { workshopUi as W } from '../../lib/workshop-labels';
import { buildRecap, recapMarkdown, recapSide } from '../../lib/workshop-recap';
import { compileScenario, createPlayModel, type Scenario } from '../../scenarios';
import * as N from '../../stores/notices';
import * as S from '../../stores/workshop-session';
import type { OtherSide, PlayerLink } from '../shared/types';
import { Notices } from '../shared/useSaved';
import { Handout } from './Handout';
import { KeysDialog, type KeysDialogHandle } from './KeysDialog';
import { Notes, printRecap } from './Notes';
import { Recap } from './Recap';
import { Room } from './Room';
import { Toolbar } from './Toolbar';
import { useFullScreen } from './useFullScreen';
import { useSavedRoom } from './useSavedRoom';
import '../ScenarioPlayer.css';
import './workshop.css';

interface Props {
  /** Scenario id (the file name); names the saved session. */
  id: string;
  /** The scenario with Markdown already rendered to HTML. */
  scenario: Scenario;
  /** Learn-more links per ending id, resolved at build time. */
  learnMore: Record<string, PlayerLink[]>;
  /** The same situation from another seat, offered at the debrief. */
  otherSide?: OtherSide | undefined;
  /** For a perspective pair: the split room that runs both sides in one session. */
  pair?: { url: string; title: string } | undefined;
}

/** The presenter console: one scene at a time, the room's votes, the reveal, the ending and the handout. */
export default function WorkshopConsole({ id, scenario, learnMore, otherSide, pair }: Props) {
  const machine = useMemo(() => compileScenario(scenario, id), [scenario, id]);
  const room = useSavedRoom<S.WorkshopSession>(
    {
      key: S.sessionKey(id),
      scope: `workshop:${id}`,
      fileName: (setAside) => N.downloadName('workshop', id, setAside),
      load: () => {
        const loaded = S.loadSession(id, scenario);
        return { ...loaded, value: loaded.session };
      },
      reload: (slot) => S.reloadSession(id, scenario, slot),
      save: S.saveSession,
      record: S.sessionRecord,
      same: S.sameSession,
      started: (session) => !S.sameSession(session, S.newSession(id, scenario)),
    },
    id,
  );
  const { value: session, setValue: setSession, notices } = room;
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(0);
  const [origin, setOrigin] = useState('');
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const full = useFullScreen(rootRef);
  useEffect(() => {
    setOrigin(window.location.origin);
    document.documentElement.dataset.workshopConsole = 'active';
    return () => {
      delete document.documentElement.dataset.workshopConsole;
    };
  }, []);
  useEffect(() => {
    if (moved > 0) headingRef.current?.focus();
  }, [moved]);

  const model = useMemo(() => createPlayModel(scenario, machine), [scenario, machine]);
  const view = useMemo(() => model.state(session ? S.choicesOf(session) : []), [model, session]);
  const keysRef = useRef<KeysDialogHandle>(null);
  const reached = view.ending?.id ?? null;
  useEffect(() => {
    if (reached) setSession((s) => (s ? S.recordEnding(s, reached) : s));
  }, [reached, setSession]);
  const focusHeading = useCallback(() => headingRef.current?.focus(), []);
  if (!session) return <div className="ws-slot" />;

  const go = (next: S.WorkshopSession, message = '', move = true) => {
    setSession(next);
    setAnnouncement(message);
    if (move) setMoved((n) => n + 1);
  };
  const restart = () => {
    if (session.decisions.length > 0 && !window.confirm(W.restartConfirm)) return;
    go(S.newSession(id, scenario));
  };
  // The ending on screen is recorded by an effect just after it renders; a click in between must not lose it.
  const settled = reached ? S.recordEnding(session, reached) : session;
  const ending = reached;
  const done = ending !== null;
  const revealing = session.stage === 'reveal' && session.decisions.length > 0;
  const recap = () => buildRecap(scenario.title, [recapSide(scenario, session.decisions, view)], session, new Date());
  const notes = (
    <Notes
      agreements={session.agreements}
      actions={session.actions}
      onWrite={(field, text) => go(S.writeNotes(session, field, text), '', false)}
      markdown={() => recapMarkdown(recap())}
      onPrint={printRecap}
    />
  );

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
        <Notices className="ws-notice" items={notices.items} onDismiss={notices.dismiss} focusAfter={focusHeading} />
        <Toolbar
          canGoBack={session.decisions.length > 0}
          onBack={() => go(S.undoDecision(settled))}
          onRestart={restart}
          onKeys={() => keysRef.current?.open()}
          full={full}
        />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <div tabIndex={-1} className="ws-current">
          <Room
            scenario={scenario}
            session={session}
            view={view}
            update={(next, message = '', move = false) => go(next, message, move)}
            active
            stage={full.active}
            headingRef={headingRef}
            learnMore={learnMore}
            otherSide={otherSide}
            debriefExtra={notes}
            keys={{ full: full.supported ? full.toggle : undefined, help: () => keysRef.current?.open() }}
            onAnnounce={setAnnouncement}
          />
        </div>
        {pair && (
          <p className="ws-split-start">
            {W.splitIntro(pair.title)} <a href={pair.url}>{W.splitStart}</a>
          </p>
        )}
        <KeysDialog ref={keysRef} />
      </section>
      <Handout
        scenario={scenario}
        ending={ending}
        decisions={session.decisions}
        view={view}
        links={ending ? (learnMore[ending] ?? []) : []}
        origin={origin}
      />
      <Recap recap={recap()} />
    </>
  );
}
