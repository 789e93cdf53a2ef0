import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compileScenario, scenarioLabels as L, type Scenario, type ScenarioMachine, withProseFrom } from '../scenarios';
import { loadEndingsFound, loadProgress } from '../stores/scenario-progress';
import type { OtherSide } from './scenario/EndingView';
import { type Boot, PlayerView, type Story } from './scenario/PlayerView';
import type { Person } from './scenario/SceneView';
import type { PlayerLink } from './shared/types';
import './ScenarioPlayer.css';

export type { PlayerLink };

interface Props {
  /** Scenario id (the file name); names the saved progress. */
  id: string;
  /** The scenario without its prose (forPlayerOnPage): the structure, labels and short texts. */
  scenario: Scenario;
  /** The opening scene's prose by key (openingProse): enough to show the first scene at once. */
  opening: Record<string, string>;
  /** Where every prose text of the story is, by key (text.json), fetched when the learner starts to play. */
  textUrl: string;
  /** Learn-more links per ending id. */
  learnMore: Record<string, PlayerLink[]>;
  /** The cast members this scenario names, by id (name and role). */
  people: Record<string, Person>;
  /** The same situation from another seat. */
  otherSide?: OtherSide | undefined;
}

/** The prose file as fetched: an object of strings, or an error saying what it was instead. */
async function fetchProse(url: string): Promise<Record<string, string>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body) ||
    Object.values(body).some((v) => typeof v !== 'string')
  )
    throw new Error(`${url}: not an object of texts`);
  return body as Record<string, string>;
}

/**
 * The interactive player. On the server it renders an empty slot (the booklet, on its own page, is the no-JS
 * version); once mounted it reads saved progress and hands over to PlayerView. The page carries the opening
 * scene's text; the rest of the story is fetched when the learner first reaches into the player (pointer, focus,
 * key) or resumes a saved play, so a visit that only reads the page does not download the whole story.
 */
export default function ScenarioPlayer({ id, scenario, opening, textUrl, learnMore, people, otherSide }: Props) {
  const machine = useMemo<ScenarioMachine>(() => compileScenario(scenario, id), [scenario, id]);
  const [boot, setBoot] = useState<Boot | null>(null);
  const [texts, setTexts] = useState(opening);
  const [state, setState] = useState<Story['state']>('opening');
  const asked = useRef(false);
  const started = useRef(false);
  const load = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    started.current = true;
    setState('loading');
    fetchProse(textUrl)
      .then((all) => {
        // a file from another version of the story (a stale cache) would leave scenes blank: refuse it instead
        const { missing } = withProseFrom(scenario, (key) => all[key]);
        if (missing.length > 0) throw new Error(`${textUrl} lacks ${missing.length} text(s), e.g. ${missing[0]}`);
        setTexts(all);
        setState('full');
      })
      .catch((error: unknown) => {
        console.warn('The story text could not load:', error);
        asked.current = false;
        setState('failed');
      });
  }, [textUrl, scenario]);
  const story = useMemo<Story>(() => ({ state, load }), [state, load]);
  // The learner reaching into the player asks for the story once; after a failure only "Try again" asks again (the
  // alert's focused button must not set off another attempt, nor must every pointer that passes by).
  const prefetch = () => {
    if (!started.current) load();
  };
  const filled = useMemo(() => withProseFrom(scenario, (key) => texts[key]).scenario, [scenario, texts]);
  useEffect(() => {
    setBoot({ progress: loadProgress(id, scenario), endings: loadEndingsFound(id) });
  }, [id, scenario]);
  if (!boot) return <div className="sp-slot" />;
  return (
    <section
      className="sp"
      aria-labelledby="sp-title"
      onPointerEnter={prefetch}
      onPointerDown={prefetch}
      onFocus={prefetch}
    >
      <h2 id="sp-title" className="visually-hidden">
        {L.playerHeading}
      </h2>
      <PlayerView
        id={id}
        scenario={filled}
        machine={machine}
        boot={boot}
        story={story}
        learnMore={learnMore}
        people={people}
        otherSide={otherSide}
      />
    </section>
  );
}
