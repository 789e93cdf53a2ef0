import { useEffect, useMemo, useState } from 'react';
import { compileScenario, scenarioLabels as L, type Scenario, type ScenarioMachine, withProseFrom } from '../scenarios';
import { loadEndingsFound, loadProgress } from '../stores/scenario-progress';
import type { OtherSide } from './scenario/EndingView';
import { type Boot, PlayerView } from './scenario/PlayerView';
import type { Person } from './scenario/SceneView';
import type { PlayerLink } from './shared/types';
import './ScenarioPlayer.css';

export type { PlayerLink };

interface Props {
  /** Scenario id (the file name); names the saved progress. */
  id: string;
  /** The scenario with Markdown already rendered to HTML (or without its prose, when `proseOnPage`). */
  scenario: Scenario;
  /**
   * The prose is on the page already, in the booklet's `[data-text]` elements: read it from there on mounting
   * rather than receive it twice (see forPlayerOnPage).
   */
  proseOnPage?: boolean;
  /** Learn-more links per ending id. */
  learnMore: Record<string, PlayerLink[]>;
  /** The cast members this scenario names, by id (name and role). */
  people: Record<string, Person>;
  /** The same situation from another seat. */
  otherSide?: OtherSide | undefined;
}

/** What the player starts from, read from storage after mounting (never during server rendering). */
/** The prose of the booklet on this page, by key. */
function proseOfPage(scenario: Scenario): Scenario {
  const texts = new Map<string, string>();
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]'))
    texts.set(el.dataset.text ?? '', el.innerHTML);
  const { scenario: filled, missing } = withProseFrom(scenario, (key) => texts.get(key));
  if (missing.length)
    console.error(`The page's booklet lacks ${missing.length} text(s) of the scenario: ${missing.join(', ')}`);
  return filled;
}

/**
 * The interactive player. On the server it renders an empty slot (the booklet is the no-JS version); once mounted
 * it reads saved progress, marks the page so CSS hides the booklet on screen, and hands over to PlayerView.
 */
export default function ScenarioPlayer({ id, scenario, proseOnPage = false, learnMore, people, otherSide }: Props) {
  const machine = useMemo<ScenarioMachine>(() => compileScenario(scenario, id), [scenario, id]);
  const [boot, setBoot] = useState<Boot | null>(null);
  useEffect(() => {
    setBoot({
      progress: loadProgress(id, scenario),
      endings: loadEndingsFound(id),
      scenario: proseOnPage ? proseOfPage(scenario) : scenario,
    });
    document.documentElement.dataset.scenarioPlayer = 'active';
    return () => {
      delete document.documentElement.dataset.scenarioPlayer;
    };
  }, [id, scenario, proseOnPage]);
  if (!boot) return <div className="sp-slot" />;
  return (
    <section className="sp" aria-labelledby="sp-title">
      <h2 id="sp-title" className="visually-hidden">
        {L.playerHeading}
      </h2>
      <PlayerView
        id={id}
        scenario={boot.scenario}
        machine={machine}
        boot={boot}
        learnMore={learnMore}
        people={people}
        otherSide={otherSide}
      />
    </section>
  );
}
