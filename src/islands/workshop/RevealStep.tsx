import type { RefObject } from 'react';
import { letter, workshopUi as W } from '../../lib/workshop-labels';
import { scenarioLabels as L, type Scenario, type StepView } from '../../scenarios';
import type { RoomDecision } from '../../stores/workshop-session';
import { stepChanges } from '../scenario/SceneView';
import { Html } from '../shared/Html';
import { Split } from './Split';

interface Props {
  scenario: Scenario;
  decision: RoomDecision;
  /** The decision as the play module tells it. */
  made: StepView;
  n: number;
  /** The option taken was the room's majority (otherwise the facilitator picked it). */
  byMajority: boolean;
  last: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onNext: () => void;
}

/** What the room's choice did: the feedback, the meter changes and the question to discuss before moving on. */
export function RevealStep({ scenario, decision, made, n, byMajority, last, headingRef, onNext }: Props) {
  const scene = scenario.scenes.find((s) => s.id === made.scene);
  if (!scene) return null;
  return (
    <section className="ws-step ws-reveal" aria-labelledby="ws-reveal-h">
      <p className="ws-kicker">
        {W.decision(n)} · {W.revealHeading}
      </p>
      <h2 id="ws-reveal-h" ref={headingRef} tabIndex={-1}>
        {W.roomChose(letter(decision.choice), made.label)}
      </h2>
      <p className="ws-muted">{W.chosenBy(byMajority ? W.byMajority : W.byFacilitator)}</p>
      <Split votes={decision.votes} chosen={decision.choice} byMajority={byMajority} />
      <Html className="ws-feedback" html={made.feedback} />
      {made.cites && <p className="ws-muted">{L.guideCitation(made.cites)}</p>}
      <p className="ws-changes">{stepChanges(made)}</p>
      {scene.reflect && (
        <aside className="ws-ask ws-discuss" aria-labelledby="ws-discuss-h">
          <h3 id="ws-discuss-h">{W.discuss}</h3>
          <p>{scene.reflect}</p>
        </aside>
      )}
      <p>
        <button type="button" className="button ws-next" onClick={onNext}>
          {last ? W.toEnding : W.next}
        </button>
      </p>
    </section>
  );
}
