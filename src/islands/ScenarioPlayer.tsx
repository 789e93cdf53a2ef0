import { useEffect, useMemo, useState } from 'react';
import { compileScenario, scenarioLabels as L, type Scenario, type ScenarioMachine } from '../scenarios';
import { type EndingsLoad, loadEndingsFound, loadProgress, type ProgressLoad } from '../stores/scenario-progress';
import type { OtherSide } from './scenario/EndingView';
import { PlayerView } from './scenario/PlayerView';
import type { Person } from './scenario/SceneView';
import type { PlayerLink } from './shared/types';
import './ScenarioPlayer.css';

export type { PlayerLink };

interface Props {
  /** Scenario id (the file name); names the saved progress. */
  id: string;
  /** The scenario with Markdown already rendered to HTML. */
  scenario: Scenario;
  /** Learn-more links per ending id. */
  learnMore: Record<string, PlayerLink[]>;
  /** The cast members this scenario names, by id (name and role). */
  people: Record<string, Person>;
  /** The same situation from another seat. */
  otherSide?: OtherSide | undefined;
}

/** What the player starts from, read from storage after mounting (never during server rendering). */
export interface Boot {
  /** Saved progress: how it loaded (told to the learner), the slot to save through, the choices to replay. */
  progress: ProgressLoad;
  /** Endings found so far, loaded the same way. */
  endings: EndingsLoad;
}

/**
 * The interactive player. On the server it renders an empty slot (the booklet is the no-JS version); once mounted
 * it reads saved progress, marks the page so CSS hides the booklet on screen, and hands over to PlayerView.
 */
export default function ScenarioPlayer({ id, scenario, learnMore, people, otherSide }: Props) {
  const machine = useMemo<ScenarioMachine>(() => compileScenario(scenario, id), [scenario, id]);
  const [boot, setBoot] = useState<Boot | null>(null);
  useEffect(() => {
    setBoot({ progress: loadProgress(id, scenario), endings: loadEndingsFound(id) });
    document.documentElement.dataset.scenarioPlayer = 'active';
    return () => {
      delete document.documentElement.dataset.scenarioPlayer;
    };
  }, [id, scenario]);
  if (!boot) return <div className="sp-slot" />;
  return (
    <section className="sp" aria-labelledby="sp-title">
      <h2 id="sp-title" className="visually-hidden">
        {L.playerHeading}
      </h2>
      <PlayerView
        id={id}
        scenario={scenario}
        machine={machine}
        boot={boot}
        learnMore={learnMore}
        people={people}
        otherSide={otherSide}
      />
    </section>
  );
}
