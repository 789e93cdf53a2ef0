import type { ReactNode, RefObject } from 'react';
import { workshopUi as W } from '../../lib/workshop-labels';
import { scenarioLabels as L, type PlayState, type Scenario } from '../../scenarios';
import type { RoomDecision } from '../../stores/workshop-session';
import { OtherSideLink } from '../scenario/EndingView';
import { Html } from '../shared/Html';
import { LearnMore } from '../shared/LearnMore';
import { ScenarioMap } from '../shared/ScenarioMap';
import type { OtherSide, PlayerLink } from '../shared/types';
import { RoomPath } from './RoomPath';

interface Props {
  scenario: Scenario;
  ending: string;
  decisions: readonly RoomDecision[];
  view: PlayState;
  otherSide?: OtherSide | undefined;
  /** Endings the room has reached this session, shown on the map. */
  found: readonly string[];
  links: readonly PlayerLink[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Shown after the debrief questions (agreements and actions, the recap). */
  extra?: ReactNode;
  onReplay: (n: number, choice: number) => void;
}

/** The ending on the wall: outcome, debrief questions, the room's path with its votes, and the map. */
export function EndingStep({
  scenario,
  ending,
  decisions,
  view,
  otherSide,
  found,
  links,
  headingRef,
  extra,
  onReplay,
}: Props) {
  const e = scenario.endings.find((x) => x.id === ending);
  if (!e) return null;
  return (
    <section className={`ws-step ws-ending tone-${e.tone}`} aria-labelledby="ws-ending-h">
      <p className="ws-kicker ws-tone">{L.tone[e.tone]}</p>
      <h2 id="ws-ending-h" ref={headingRef} tabIndex={-1}>
        {e.title}
      </h2>
      <Html className="ws-outcome" html={view.ending?.outcome ?? ''} />
      {view.ending?.why.map((w) => (
        <p key={w.checkpoint} className="ws-muted">
          {w.question} {w.reason}
        </p>
      ))}
      <aside className="ws-ask ws-debrief" aria-labelledby="ws-debrief-h">
        <h3 id="ws-debrief-h">{W.debrief}</h3>
        <ol>
          {e.debrief.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      </aside>
      {extra}
      <h3>{W.roomsPath}</h3>
      <RoomPath scenario={scenario} decisions={decisions} view={view} onReplay={onReplay} />
      {otherSide && <OtherSideLink otherSide={otherSide} />}
      <ScenarioMap scenario={scenario} route={view.route} ending={ending} found={found} />
      <LearnMore heading={W.learnMore} links={links} />
    </section>
  );
}
