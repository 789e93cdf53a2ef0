import { type ReactNode, type RefObject, useEffect } from 'react';
import { scenarioLabels as L, type PlayState, type Scenario } from '../../scenarios';
import { Html } from '../shared/Html';
import { LearnMore } from '../shared/LearnMore';
import { ScenarioMap } from '../shared/ScenarioMap';
import type { OtherSide, PlayerLink } from '../shared/types';
import { stepChanges } from './SceneView';

interface Props {
  scenario: Scenario;
  /** The play module's answer for this play (it has an ending). */
  view: PlayState;
  found: readonly string[];
  links: readonly PlayerLink[];
  otherSide?: OtherSide | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  lastCard: ReactNode;
  onRevisit: (decision: number) => void;
  onRestart: () => void;
  onBack: () => void;
  /** Move focus to the ending's heading when it appears (it loads lazily, after the choice that led here). */
  focusOnMount?: boolean;
}

/** "Play it from the other side", with what that side knew. */
export function OtherSideLink({ otherSide }: { otherSide: OtherSide }) {
  return (
    <aside className="sp-other-side">
      <h3>{L.otherSide}</h3>
      <p>{otherSide.note}</p>
      <p>
        <a href={otherSide.url}>{L.otherSideWhat(otherSide.title)}</a>
      </p>
    </aside>
  );
}

/** The ending screen: outcome variant, why (every checkpoint of the chain), the path, debrief, links and the map. */
export function EndingView({
  scenario,
  view,
  found,
  links,
  otherSide,
  headingRef,
  lastCard,
  onRevisit,
  onRestart,
  onBack,
  focusOnMount = false,
}: Props) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once, when the lazily loaded ending first appears
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, []);
  const e = view.ending;
  if (!e) return null;
  const meters = scenario.meters.map((m) => `${m.label}: ${L.meterValue(view.meters[m.id] ?? 0, m.max)}`).join('; ');
  return (
    <section className={`sp-ending tone-${e.tone}`} aria-labelledby="sp-ending-h">
      <p className="sp-kicker sp-tone">{L.tone[e.tone]}</p>
      <h2 id="sp-ending-h" ref={headingRef} tabIndex={-1}>
        {e.title}
      </h2>
      {lastCard}
      <Html className="sp-outcome" html={e.outcome} />
      {e.why.length > 0 && (
        <>
          <h3>{L.whyThisEnding}</h3>
          {e.why.map((w) => (
            <p key={w.checkpoint}>
              {w.question} {w.reason}
            </p>
          ))}
          <p>{L.yourMeters(meters)}</p>
        </>
      )}
      <h3>{L.yourPath}</h3>
      <ol className="sp-timeline">
        {view.steps.map((step) => (
          <li key={`${step.scene}-${step.number}`}>
            <p className="sp-kicker">
              {L.decision(step.number)} · {step.moment}
            </p>
            <p>
              <strong>{L.youChose}:</strong> {step.label}
            </p>
            <Html className="sp-feedback" html={step.feedback} />
            {step.cites && <p className="sp-cite">{L.guideCitation(step.cites)}</p>}
            <p className="sp-changes">{stepChanges(step)}</p>
            <button type="button" className="button secondary" onClick={() => onRevisit(step.number)}>
              {L.revisit(step.number)}
            </button>
          </li>
        ))}
      </ol>
      <h3>{L.debrief}</h3>
      <ol>
        {e.debrief.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      {otherSide && <OtherSideLink otherSide={otherSide} />}
      <LearnMore heading={L.learnMore} links={links} />
      <ScenarioMap scenario={scenario} route={view.route} ending={e.id} found={found} />
      <div className="sp-controls">
        <button type="button" className="button secondary" onClick={onBack}>
          {L.back}
        </button>
        <button type="button" className="button" onClick={onRestart}>
          {L.restartScenario}
        </button>
      </div>
    </section>
  );
}
