// What the browser stories click and expect, derived from the scenario files through the engine, so that rewording a
// scenario does not break them: labels, moments, variants, locks and ending titles come from the play module's
// answer for a play (the list of choice indexes), never from copies of the prose.
import { readdirSync } from 'node:fs';
import {
  type ChoiceView,
  createPlayModel,
  enumerateRoutes,
  nodeKinds,
  type PlayModel,
  type PlayState,
  renderMarkdown,
  type Scenario,
  type ScenarioPath,
  type Tone,
  variantsOf,
} from '../../src/scenarios';
import { loadScenario } from '../unit/scenarios/load';

/** One scenario as the site builds it (parsed through the real schema), its play module and its complete routes. */
export interface Story {
  id: string;
  scenario: Scenario;
  model: PlayModel;
  /** Every simple route to an ending, depth-first by choice index (so "the first route that …" is stable). */
  routes: ScenarioPath[];
  /** The play module's answer for a play. */
  at: (play: readonly number[]) => PlayState;
  /** The tone of an ending. */
  tone: (ending: string) => Tone;
  /** The title of an ending. */
  title: (ending: string) => string;
  /** The booklet's anchor for a scene, checkpoint or ending id ("scene-the-ask"). */
  anchor: (id: string) => string;
}

const cache = new Map<string, Story>();

/** The scenario content/scenarios/<id>.yaml with its play module. */
export function story(id: string): Story {
  const known = cache.get(id);
  if (known) return known;
  const scenario = loadScenario(`content/scenarios/${id}.yaml`);
  const model = createPlayModel(scenario);
  const { paths, complete } = enumerateRoutes(scenario, { limit: 5000 });
  if (!complete) throw new Error(`${id}: more than 5000 routes; the stories only need the first few`);
  const ending = (e: string) => {
    const found = scenario.endings.find((x) => x.id === e);
    if (!found) throw new Error(`${id}: no ending "${e}"`);
    return found;
  };
  const kinds = nodeKinds(scenario);
  const made: Story = {
    id,
    scenario,
    model,
    routes: paths,
    at: (play) => model.state(play),
    tone: (e) => ending(e).tone,
    title: (e) => ending(e).title,
    anchor: (node) => `${kinds.get(node) ?? 'scene'}-${node}`,
  };
  cache.set(id, made);
  return made;
}

/** Every scenario id, in file order. */
export const scenarioIds = () =>
  readdirSync('content/scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();

/** The open choices of the scene a play has reached (empty at an ending). */
export const openChoices = (s: Story, play: readonly number[]): ChoiceView[] =>
  s.at(play).scene?.choices.filter((c) => c.open) ?? [];

/** The choice Tab and Enter take from a scene's heading: the first open one. */
export function firstOpen(s: Story, play: readonly number[]): number {
  const choice = openChoices(s, play)[0];
  if (!choice) throw new Error(`${s.id}: no open choice after [${play.join(', ')}]`);
  return choice.index;
}

/** `prefix`, then the first open choice at every scene until an ending. */
export function firstOpenRoute(s: Story, prefix: readonly number[] = []): number[] {
  const play = [...prefix];
  while (!s.at(play).ending) {
    if (play.length > 50) throw new Error(`${s.id}: no ending after 50 first-open choices`);
    play.push(firstOpen(s, play));
  }
  return play;
}

/** The first complete route that passes the test; fails naming what was looked for. */
export function findRoute(s: Story, what: string, test: (route: ScenarioPath) => boolean): ScenarioPath {
  const route = s.routes.find(test);
  if (!route) throw new Error(`${s.id}: no route ${what}`);
  return route;
}

/** The labels the learner clicks for a play, in order. */
export const labelsOf = (s: Story, play: readonly number[]) => s.at(play).steps.map((step) => step.label);

/** The first route to a good ending. */
export const goodRoute = (s: Story) => findRoute(s, 'to a good ending', (r) => s.tone(r.ending) === 'good').choices;

/** What the browser reads as the text of a scenario Markdown text (tags dropped, entities decoded). */
export function visibleText(markdown: string): string {
  return renderMarkdown(markdown)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** A play (at least `min` decisions in) whose scene shows a situation variant chosen by a fact the play has set. */
export function factVariantPlay(
  s: Story,
  min: number,
): { play: number[]; fact: string; text: string; otherwise: string } {
  for (const route of s.routes)
    for (let n = min; n < route.choices.length; n++) {
      const play = route.choices.slice(0, n);
      const state = s.at(play);
      const scene = s.scenario.scenes.find((x) => x.id === state.scene?.id);
      if (!scene || !state.scene || typeof scene.situation === 'string') continue;
      const variant = scene.situation[state.scene.situationVariant];
      const fact = variant?.when?.flatMap((c) => ('fact' in c ? [c.fact] : []))[0];
      const otherwise = variantsOf(scene.situation).at(-1)?.text;
      if (fact && otherwise && state.facts.includes(fact))
        return { play, fact, text: visibleText(state.scene.situation), otherwise: visibleText(otherwise) };
    }
  throw new Error(`${s.id}: no route shows a situation variant chosen by a fact after ${min} decisions`);
}

/** A place on a route where a choice shows locked: the play up to that scene, and the locked choice. */
export interface LockedPlace {
  story: Story;
  route: ScenarioPath;
  /** The choices made before the scene with the locked choice (its decision number is `before.length + 1`). */
  before: number[];
  locked: ChoiceView;
}

/**
 * The first place, over every scenario in file order, where a route meets a locked choice and `test` holds. The
 * stories of locks play the first scenario that has one; if no scenario keeps a lock, they fail saying so.
 */
export function findLocked(what: string, test: (place: LockedPlace) => boolean): LockedPlace {
  for (const id of scenarioIds()) {
    const raw = loadScenario(`content/scenarios/${id}.yaml`);
    if (!raw.scenes.some((scene) => scene.choices.some((c) => c.when))) continue;
    const s = story(id);
    for (const route of s.routes)
      for (let n = 0; n < route.choices.length; n++) {
        const before = route.choices.slice(0, n);
        for (const locked of s.at(before).scene?.choices.filter((c) => !c.open) ?? [])
          if (test({ story: s, route, before, locked })) return { story: s, route, before, locked };
      }
  }
  throw new Error(`no scenario has a locked choice ${what}; the stories of locked choices have nothing to play`);
}

/** The decisions of a play with the checkpoint hops after each (the booklet's links to follow). */
export const hopsOf = (s: Story, play: readonly number[]) =>
  s
    .at(play)
    .steps.map((step) => ({ scene: step.scene, choice: step.choice, label: step.label, hops: step.checkpoints }));

/** "A", "B", … for choice index 0, 1, … (the console's letters). */
export const letter = (index: number) => String.fromCharCode(65 + index);
