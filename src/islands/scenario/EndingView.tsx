import { type ReactNode, type RefObject, useEffect } from 'react';
import { conditionsHold, conditionText, type Decision, scenarioLabels as L, type Scenario } from '../../scenarios';
import { Html } from '../shared/Html';
import { LearnMore } from '../shared/LearnMore';
import { changesText } from '../shared/Meters';
import { ScenarioMap } from '../shared/ScenarioMap';
import type { PlayerLink } from '../shared/types';

interface Props {
  scenario: Scenario;
  ending: string;
  history: readonly Decision[];
  found: readonly string[];
  links: readonly PlayerLink[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  lastCard: ReactNode;
  onRevisit: (decision: number) => void;
  onRestart: () => void;
  onBack: () => void;
  /** Move focus to the ending's heading when it appears (it loads lazily, after the choice that led here). */
  focusOnMount?: boolean;
}

/** Explains in words which checkpoint rule sent the learner here, from the meters after the last decision. */
function whyText(scenario: Scenario, history: readonly Decision[], ending: string): string | null {
  const last = history.at(-1);
  const choice = last && scenario.scenes.find((s) => s.id === last.scene)?.choices[last.choice];
  const cp = choice && scenario.checkpoints.find((c) => c.id === choice.next);
  if (!cp || !last) return null;
  const rule = cp.routes.find((r) => conditionsHold(r.when, last.after));
  const meters = scenario.meters.map((m) => `${m.label}: ${L.meterValue(last.after[m.id] ?? 0, m.max)}`).join('; ');
  const reason =
    rule && rule.next === ending ? L.endingNeeds(conditionText(rule.when, scenario.meters)) : L.endingOtherwise;
  return `${cp.question} ${reason} ${L.yourMeters(meters)}`;
}

/** The ending screen: outcome, why, the learner's own path, debrief, links and the map. */
export function EndingView({
  scenario,
  ending,
  history,
  found,
  links,
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
  const e = scenario.endings.find((x) => x.id === ending);
  if (!e) return null;
  const why = whyText(scenario, history, ending);
  return (
    <section className={`sp-ending tone-${e.tone}`} aria-labelledby="sp-ending-h">
      <p className="sp-kicker sp-tone">{L.tone[e.tone]}</p>
      <h2 id="sp-ending-h" ref={headingRef} tabIndex={-1}>
        {e.title}
      </h2>
      {lastCard}
      <Html className="sp-outcome" html={e.outcome} />
      {why && (
        <>
          <h3>{L.whyThisEnding}</h3>
          <p>{why}</p>
        </>
      )}
      <h3>{L.yourPath}</h3>
      <ol className="sp-timeline">
        {history.map((d, i) => {
          const scene = scenario.scenes.find((s) => s.id === d.scene);
          const choice = scene?.choices[d.choice];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a decision's position is its identity (the same scene can recur)
            <li key={`${d.scene}-${i}`}>
              <p className="sp-kicker">
                {L.decision(i + 1)} · {L.scene(scenario.scenes.findIndex((x) => x.id === d.scene) + 1)} ·{' '}
                {scene?.speaker}
              </p>
              <p>
                <strong>{L.youChose}:</strong> {choice?.label}
              </p>
              <Html className="sp-feedback" html={choice?.feedback ?? ''} />
              <p className="sp-changes">{changesText(scenario.meters, d.before, d.after)}</p>
              <button type="button" className="button secondary" onClick={() => onRevisit(i + 1)}>
                {L.revisit(i + 1)}
              </button>
            </li>
          );
        })}
      </ol>
      <h3>{L.debrief}</h3>
      <ol>
        {e.debrief.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      <LearnMore heading={L.learnMore} links={links} />
      <ScenarioMap scenario={scenario} history={history} ending={ending} found={found} />
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
