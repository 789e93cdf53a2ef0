import type { ReactNode, RefObject } from 'react';
import { scenarioLabels as L, type Meter, type SceneView as Scene, type StepView } from '../../scenarios';
import { Html } from '../shared/Html';

/** A person of the cast as the island shows them (names only; portraits are drawn by the page at build time). */
export interface Person {
  name: string;
  role: string;
}

/** "Label +1, now 7 of 10; …" for the meters that moved. */
export function stepChanges(step: StepView): string {
  const moved = step.changes.filter((c) => c.delta !== 0);
  if (moved.length === 0) return L.noMeterMoves;
  return moved.map((c) => L.meterChange(c.label, c.delta, c.value, c.max)).join('; ');
}

/** What the last choice caused: the choice, its feedback variant, the Guide citation, the meter changes, the reflection. */
export function LastChoiceCard({ step, reflect }: { step: StepView; reflect?: string | undefined }) {
  return (
    <div className="sp-last">
      <h3>{L.lastChoice}</h3>
      <p>
        <strong>{L.youChose}:</strong> {step.label}
      </p>
      <Html className="sp-feedback" html={step.feedback} />
      {step.cites && <p className="sp-cite">{L.guideCitation(step.cites)}</p>}
      <p className="sp-changes">{stepChanges(step)}</p>
      {reflect && (
        <p className="sp-prompt">
          <strong>{L.reflect}:</strong> {reflect}
        </p>
      )}
    </div>
  );
}

/** Who is in the room and who speaks, by name. */
export function People({
  scene,
  people,
}: {
  scene: Pick<Scene, 'present' | 'speaker'>;
  people: Record<string, Person>;
}) {
  const named = (id: string) => people[id] ?? { name: id, role: '' };
  const present = scene.present.map((id) => {
    const p = named(id);
    return p.role ? L.personWithRole(p.name, p.role) : p.name;
  });
  return (
    <p className="sp-people">
      {present.length > 0 && (
        <>
          <strong>{L.inTheRoom}:</strong> {present.join(', ')}.{' '}
        </>
      )}
      {scene.speaker && L.speaks(named(scene.speaker).name)}
    </p>
  );
}

interface Props {
  scene: Scene;
  people: Record<string, Person>;
  meters: readonly Meter[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  lastCard: ReactNode;
  canGoBack: boolean;
  onChoose: (index: number) => void;
  onBack: () => void;
  /** Missing when there is nothing to restart. */
  onRestart?: (() => void) | undefined;
}

/** One scene, headed by its moment: who is present, the situation, the choices (locked ones say why), back and restart. */
export function SceneView({ scene, people, headingRef, lastCard, canGoBack, onChoose, onBack, onRestart }: Props) {
  return (
    <section className="sp-scene" aria-labelledby="sp-scene-h">
      <p className="sp-kicker">{L.decision(scene.number)}</p>
      <h2 id="sp-scene-h" ref={headingRef} tabIndex={-1}>
        {scene.moment}
      </h2>
      {lastCard}
      <People scene={scene} people={people} />
      <Html className="sp-situation" html={scene.situation} />
      {scene.predict && (
        <p className="sp-prompt">
          <strong>{L.predict}:</strong> {scene.predict}
        </p>
      )}
      <h3>{L.choices}</h3>
      <ul className="sp-choices">
        {scene.choices.map((choice) => {
          const lockId = `sp-lock-${scene.id}-${choice.index}`;
          return (
            <li key={`${scene.id}-${choice.index}`}>
              <button
                type="button"
                className="sp-choice"
                aria-disabled={!choice.open}
                aria-describedby={choice.open ? undefined : lockId}
                onClick={() => onChoose(choice.index)}
              >
                {choice.label}
              </button>
              {choice.locked && (
                <p id={lockId} className="sp-locked">
                  {choice.locked}
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
