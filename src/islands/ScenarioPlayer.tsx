import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compileScenario, scenarioLabels as L, type Scenario, type ScenarioMachine, withProseFrom } from '../scenarios';
import { loadEndingsFound, loadProgress } from '../stores/scenario-progress';
import { type Boot, PlayerView, type Story } from './scenario/PlayerView';
import type { Person } from './scenario/SceneView';
import type { OtherSide, PlayerLink, StoryFile } from './shared/types';
import './ScenarioPlayer.css';

export type { PlayerLink };

interface Props {
  /** Scenario id (the file name); names the saved progress. */
  id: string;
  /** The scenario without its texts (forPlayerOnPage): the structure, the meters and the facts it sets. */
  scenario: Scenario;
  /** The opening scene's texts by key (openingTexts): enough to show the first scene at once. */
  opening: Record<string, string>;
  /** The story file (text.json: every text by key, the endings' links, the other side), fetched when the learner
   * starts to play. */
  textUrl: string;
  /** The cast members this scenario names, by id (name and role). */
  people: Record<string, Person>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isLink = (v: unknown) => isObject(v) && isString(v.url) && isString(v.title) && isString(v.type);

/** The story file as fetched, or an error saying what it was instead. */
async function fetchStory(url: string): Promise<StoryFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (!isObject(body) || !isObject(body.texts) || !Object.values(body.texts).every(isString))
    throw new Error(`${url}: its "texts" are not an object of texts`);
  if (!isObject(body.links) || !Object.values(body.links).every((l) => Array.isArray(l) && l.every(isLink)))
    throw new Error(`${url}: its "links" are not lists of links by ending`);
  const other = body.otherSide;
  if (other !== null && !(isObject(other) && isString(other.url) && isString(other.title) && isString(other.note)))
    throw new Error(`${url}: its "otherSide" is neither null nor a link with a note`);
  return body as unknown as StoryFile;
}

/**
 * The interactive player. On the server it renders an empty slot (the booklet, on its own page, is the no-JS
 * version); once mounted it reads saved progress and hands over to PlayerView. The page carries the opening
 * scene's texts; the rest of the story is fetched when the learner first reaches into the player (pointer, focus,
 * key) or resumes a saved play, so a visit that only reads the page does not download the whole story.
 */
export default function ScenarioPlayer({ id, scenario, opening, textUrl, people }: Props) {
  const machine = useMemo<ScenarioMachine>(() => compileScenario(scenario, id), [scenario, id]);
  const [boot, setBoot] = useState<Boot | null>(null);
  const [texts, setTexts] = useState(opening);
  const [extras, setExtras] = useState<{ links: Record<string, PlayerLink[]>; otherSide: OtherSide | null }>({
    links: {},
    otherSide: null,
  });
  const [state, setState] = useState<Story['state']>('opening');
  const asked = useRef(false);
  const started = useRef(false);
  const load = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    started.current = true;
    setState('loading');
    fetchStory(textUrl)
      .then((file) => {
        // a file from another version of the story (a stale cache) would leave scenes blank: refuse it instead
        const { missing } = withProseFrom(scenario, (key) => file.texts[key]);
        if (missing.length > 0) throw new Error(`${textUrl} lacks ${missing.length} text(s), e.g. ${missing[0]}`);
        setTexts(file.texts);
        setExtras({ links: file.links, otherSide: file.otherSide });
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
        learnMore={extras.links}
        people={people}
        otherSide={extras.otherSide ?? undefined}
      />
    </section>
  );
}
