import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { downloadText } from '../../lib/download';
import { workshopUi as W } from '../../lib/workshop-labels';
import { buildRecap, recapMarkdown, recapSide } from '../../lib/workshop-recap';
import { compileScenario, createPlayModel, type Scenario } from '../../scenarios';
import * as N from '../../stores/notices';
import type { Saved } from '../../stores/records';
import * as S from '../../stores/workshop-session';
import type { OtherSide } from '../scenario/EndingView';
import type { PlayerLink } from '../shared/types';
import { type NoticeItem, Notices, useNotices, useStorageEvent } from '../shared/useSaved';
import { Handout } from './Handout';
import { KeysDialog, type KeysDialogHandle } from './KeysDialog';
import { Notes, printRecap } from './Notes';
import { Recap } from './Recap';
import { Room } from './Room';
import { Toolbar } from './Toolbar';
import { useFullScreen } from './useFullScreen';
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

/** Notices for how the session loaded: set aside (with a download of exactly that), resumed, or no storage. */
function loadNotices(id: string, load: S.SessionLoad, cannotSave: NoticeItem): NoticeItem[] {
  const { loaded, session } = load;
  if (loaded.status === 'unavailable') return [cannotSave];
  if (loaded.status === 'set-aside')
    return [
      {
        id: 'set-aside',
        text: N.loadNotice('workshop', loaded),
        actions: [
          {
            label: N.noticeButtons.downloadSetAside,
            onClick: () => downloadText(loaded.raw, N.downloadName('workshop', id, true)),
          },
        ],
      },
    ];
  const started = session.decisions.length > 0 || session.pending.some((n) => n > 0);
  const changed = started || session.agreements !== '' || session.actions !== '';
  return loaded.status === 'loaded' && changed ? [{ id: 'resumed', text: N.resumed.workshop, lasting: true }] : [];
}

/** The presenter console: one scene at a time, the room's votes, the reveal, the ending and the handout. */
export default function WorkshopConsole({ id, scenario, learnMore, otherSide, pair }: Props) {
  const machine = useMemo(() => compileScenario(scenario, id), [scenario, id]);
  const [session, setSession] = useState<S.WorkshopSession | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(0);
  const [origin, setOrigin] = useState('');
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const full = useFullScreen(rootRef);
  // The slot this console saves through, and the session storage holds for it (what was last loaded or saved).
  const load = useRef<S.SessionLoad | null>(null);
  const stored = useRef<S.WorkshopSession | null>(null);
  const current = useRef(session);
  current.current = session;

  const downloadCurrent = () => {
    if (current.current)
      downloadText(JSON.stringify(S.sessionRecord(current.current), null, 2), N.downloadName('workshop', id, false));
  };
  const cannotSave: NoticeItem = {
    id: 'cannot-save',
    text: N.cannotSave('workshop'),
    urgent: true,
    once: true,
    actions: [{ label: N.noticeButtons.downloadCurrent, onClick: downloadCurrent }],
  };
  const notices = useNotices(() => [], `workshop:${id}`);
  /** Shows the session another tab saved. */
  const adoptStored = () => {
    notices.drop('conflict');
    const slot = load.current?.slot;
    const theirs = slot ? S.reloadSession(id, scenario, slot) : null;
    if (!theirs) return;
    stored.current = theirs;
    if (current.current && S.sameSession(current.current, theirs)) return;
    setSession(theirs);
    notices.show({ id: 'updated', text: N.updatedElsewhere.workshop });
  };
  const report = (result: Saved) => {
    if (result.status === 'failed') notices.show(cannotSave);
    if (result.status === 'conflict')
      notices.show({
        id: 'conflict',
        text: N.conflictElsewhere('workshop'),
        urgent: true,
        actions: [
          { label: N.noticeButtons.loadNewer, onClick: adoptStored },
          { label: N.noticeButtons.downloadThisTab, onClick: downloadCurrent },
        ],
      });
  };
  useStorageEvent([S.sessionKey(id)], () => {
    // Follow the other tab, unless this console has changes it could not save (then warn and let the facilitator pick).
    const mine = current.current;
    if (!mine || !stored.current || S.sameSession(mine, stored.current)) adoptStored();
    else report({ status: 'conflict' });
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per scenario; the notice helpers only touch setters
  useEffect(() => {
    const loaded = S.loadSession(id, scenario);
    load.current = loaded;
    stored.current = loaded.loaded.status === 'loaded' ? loaded.session : null;
    setSession(loaded.session);
    for (const item of loadNotices(id, loaded, cannotSave).reverse()) notices.show(item);
    setOrigin(window.location.origin);
    document.documentElement.dataset.workshopConsole = 'active';
    return () => {
      delete document.documentElement.dataset.workshopConsole;
    };
  }, [id, scenario]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: saves when the session changes; `report` only touches refs and setters
  useEffect(() => {
    const slot = load.current?.slot;
    if (!session || !slot) return;
    if (stored.current ? S.sameSession(session, stored.current) : S.sameSession(session, S.newSession(id, scenario)))
      return;
    const result = S.saveSession(slot, session);
    if (result.status === 'saved') stored.current = session;
    report(result);
  }, [session]);
  useEffect(() => {
    if (moved > 0) headingRef.current?.focus();
  }, [moved]);

  const model = useMemo(() => createPlayModel(scenario, machine), [scenario, machine]);
  const view = useMemo(() => model.state(session ? S.choicesOf(session) : []), [model, session]);
  const keysRef = useRef<KeysDialogHandle>(null);
  const reached = view.ending?.id ?? null;
  useEffect(() => {
    if (reached) setSession((s) => (s ? S.recordEnding(s, reached) : s));
  }, [reached]);
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
