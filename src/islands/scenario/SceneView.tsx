import type { ReactNode, RefObject } from 'react';
import { conditionText, type Decision, scenarioLabels as L, type Scenario, type Scene } from '../../scenarios';
import { Html } from '../shared/Html';
import { changesText } from '../shared/Meters';

/** What the last choice caused: the choice, its feedback, the meter changes and the scene's reflection prompt. */
export function LastChoiceCard({ scenario, decision }: { scenario: Scenario; decision: Decision }) {
  const scene = scenario.scenes.find((s) => s.id === decision.scene);
  const choice = scene?.choices[decision.choice];
  if (!choice) return null;
  return (
    <div className="sp-last">
      <h3>{L.lastChoice}</h3>
      <p>
        <strong>{L.youChose}:</strong> {choice.label}
      </p>
      <Html className="sp-feedback" html={choice.feedback} />
      <p className="sp-changes">{changesText(scenario.meters, decision.before, decision.after)}</p>
      {scene?.reflect && (
        <p className="sp-prompt">
          <strong>{L.reflect}:</strong> {scene.reflect}
        </p>
      )}
    </div>
  );
}

interface Props {
  scenario: Scenario;
  scene: Scene;
  /** 1-based number of the decision this scene asks for. */
  decision: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  lastCard: ReactNode;
  /** Whether the machine accepts this choice now (snapshot.can), so guard logic is never repeated here. */
  isOpen: (index: number) => boolean;
  canGoBack: boolean;
  onChoose: (index: number) => void;
  onBack: () => void;
  /** Missing when there is nothing to restart. */
  onRestart?: (() => void) | undefined;
}

/** One scene: who speaks, the situation, the choices as real buttons (locked ones say why), back and restart. */
export function SceneView({
  scenario,
  scene,
  decision,
  headingRef,
  lastCard,
  isOpen,
  canGoBack,
  onChoose,
  onBack,
  onRestart,
}: Props) {
  return (
    <section className="sp-scene" aria-labelledby="sp-scene-h">
      <p className="sp-kicker">
        {L.decision(decision)} · {L.scene(scenario.scenes.indexOf(scene) + 1)}
      </p>
      <h2 id="sp-scene-h" ref={headingRef} tabIndex={-1}>
        {scene.speaker}
      </h2>
      {lastCard}
      <Html className="sp-situation" html={scene.situation} />
      {scene.predict && (
        <p className="sp-prompt">
          <strong>{L.predict}:</strong> {scene.predict}
        </p>
      )}
      <h3>{L.choices}</h3>
      <ul className="sp-choices">
        {scene.choices.map((choice, index) => {
          const open = isOpen(index);
          const lockId = `sp-lock-${scene.id}-${index}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: choices have no ids; their index is what the machine's events use
            <li key={`${scene.id}-${index}`}>
              <button
                type="button"
                className="sp-choice"
                aria-disabled={!open}
                aria-describedby={open ? undefined : lockId}
                onClick={() => onChoose(index)}
              >
                {choice.label}
              </button>
              {!open && choice.when && (
                <p id={lockId} className="sp-locked">
                  {L.locked(conditionText(choice.when, scenario.meters))}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <div className="sp-controls">
        <button type="button" className="button secondary" onClick={onBack} disabled={!canGoBack}>
          {L.back}
        </button>
        <button type="button" className="button secondary" onClick={onRestart} disabled={!onRestart}>
          {L.restart}
        </button>
      </div>
    </section>
  );
}
