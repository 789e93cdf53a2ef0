// The play module: one pure answer to everything a view needs, from a play (the list of choice indexes made).
// It runs the compiled XState machine through its pure transition functions, so the machine stays the only place
// where the rules live (locks, effects, facts, checkpoint routing); views only render what this returns.
import { pickText, variantIndex } from './conditions';
import { conditionText, scenarioLabels as L } from './labels';
import { compileScenario, pureTransitions, type ScenarioMachine } from './machine';
import type { MapEdge } from './map';
import type { Checkpoint, Condition, Decision, Ending, Meters, Scenario, Scene, Tone } from './types';

/** A play: the choice indexes made, in order. */
export type Play = readonly number[];

/** One choice of the current scene as a view shows it. */
export interface ChoiceView {
  index: number;
  label: string;
  open: boolean;
  /** Why a locked choice is locked ("Locked: this opens only when …"); absent when open. */
  locked?: string;
  /** The conditions in words ("the Developers' trust … is at least 6"), open or not. */
  needs?: string;
}

/** How one meter moved with a choice. */
export interface MeterChange {
  id: string;
  label: string;
  delta: number;
  value: number;
  max: number;
}

/** A checkpoint passed on the route, with the rule that fired and why, in words. */
export interface CheckpointPass {
  checkpoint: string;
  question: string;
  /** Index of the rule in `routes`, -1 for `otherwise`. */
  rule: number;
  /** The rule's conditions, absent for `otherwise`. */
  when?: readonly Condition[];
  next: string;
  /** "This ending needs: …" / "None of the earlier rules held …" */
  reason: string;
  /** The meters and facts the checkpoint saw. */
  meters: Meters;
  facts: string[];
}

/** One decision on the route as a view shows it (the timeline, the feedback card, the workshop handout). */
export interface StepView {
  /** 1-based decision number. */
  number: number;
  scene: string;
  moment: string;
  choice: number;
  label: string;
  /** The feedback variant for the state just after the choice. */
  feedback: string;
  feedbackVariant: number;
  cites?: string;
  learnMore?: string;
  breaks?: string;
  before: Meters;
  after: Meters;
  changes: MeterChange[];
  /** Facts this choice set (new on this route). */
  factsSet: string[];
  facts: string[];
  checkpoints: CheckpointPass[];
  /** Which choices of the scene were open when this decision was made (by index). */
  openBefore: boolean[];
}

/** The current scene as a view shows it. */
export interface SceneView {
  id: string;
  /** 1-based number of the decision this scene asks for. */
  number: number;
  moment: string;
  present: string[];
  speaker?: string;
  situation: string;
  situationVariant: number;
  predict?: string;
  reflect?: string;
  choices: ChoiceView[];
}

/** The ending reached, as a view shows it. */
export interface EndingView {
  id: string;
  title: string;
  tone: Tone;
  outcome: string;
  outcomeVariant: number;
  debrief: string[];
  learnMore: string[];
  /** "Why this ending": every checkpoint of the chain that led here, in order. */
  why: CheckpointPass[];
}

/** Everything a view needs about one play. */
export interface PlayState {
  /** The choices that apply (a saved play is cut at the first choice the scenario refuses). */
  play: number[];
  /** Index in the given play of the first choice that was refused, if any. */
  refusedAt?: number;
  scene?: SceneView;
  ending?: EndingView;
  meters: Meters;
  facts: string[];
  steps: StepView[];
  /** The route on the map: every node and arrow, checkpoint hops included. */
  route: { nodes: string[]; edges: MapEdge[] };
}

/** The play module for one scenario: compile once, then answer for any play. */
export interface PlayModel {
  scenario: Scenario;
  machine: ScenarioMachine;
  /** Everything a view needs for this play. */
  state(play: Play): PlayState;
  /** The play after choosing `index`, or the same play when that choice is not open. */
  choose(play: Play, index: number): number[];
  /** The play one decision back. */
  back(play: Play): number[];
  /** The play just before decision n (1-based): choose again from there. */
  goBackTo(play: Play, n: number): number[];
  /** The empty play. */
  restart(): number[];
  /** The nodes and arrows explored by any of these plays (the map's explored part). */
  explored(plays: readonly Play[]): { nodes: Set<string>; edges: Set<string> };
}

/** Key of a map arrow, as used by `explored`. */
export const edgeKey = (e: MapEdge) => `${e.from}>${e.to}`;

/** Builds the play module for a scenario (texts as given: pass a scenario with HTML prose to get HTML). */
export function createPlayModel(scenario: Scenario, machine: ScenarioMachine = compileScenario(scenario)): PlayModel {
  const step = pureTransitions(machine);
  const scenes = new Map(scenario.scenes.map((s) => [s.id, s]));
  const checkpoints = new Map(scenario.checkpoints.map((c) => [c.id, c]));
  const endings = new Map(scenario.endings.map((e) => [e.id, e]));
  const needs = (when: readonly Condition[]) => conditionText(when, scenario.meters, scenario.facts);

  const pass = (d: Decision, hop: Decision['hops'][number]): CheckpointPass => {
    const cp = checkpoints.get(hop.checkpoint) as Checkpoint;
    const when = hop.rule >= 0 ? cp.routes[hop.rule]?.when : undefined;
    return {
      checkpoint: cp.id,
      question: cp.question,
      rule: hop.rule,
      ...(when ? { when } : {}),
      next: hop.next,
      reason: when ? L.ruleHeld(needs(when)) : L.endingOtherwise,
      meters: d.after,
      facts: d.facts,
    };
  };

  const stepView = (d: Decision, i: number, openBefore: boolean[]): StepView => {
    const scene = scenes.get(d.scene) as Scene;
    const choice = scene.choices[d.choice];
    if (!choice) throw new Error(`no choice ${d.choice} in scene ${d.scene}`);
    const state = { meters: d.after, facts: d.facts };
    return {
      number: i + 1,
      scene: d.scene,
      moment: scene.moment,
      choice: d.choice,
      label: choice.label,
      feedback: pickText(choice.feedback, state),
      feedbackVariant: variantIndex(choice.feedback, state),
      ...(choice.cites ? { cites: choice.cites } : {}),
      ...(choice.learnMore ? { learnMore: choice.learnMore } : {}),
      ...(choice.breaks ? { breaks: choice.breaks } : {}),
      before: d.before,
      after: d.after,
      changes: scenario.meters.map((m) => ({
        id: m.id,
        label: m.label,
        delta: (d.after[m.id] ?? 0) - (d.before[m.id] ?? 0),
        value: d.after[m.id] ?? 0,
        max: m.max,
      })),
      factsSet: d.facts.filter((f) => !d.factsBefore.includes(f)),
      facts: d.facts,
      checkpoints: d.hops.map((h) => pass(d, h)),
      openBefore,
    };
  };
  const openIn = (snap: ReturnType<typeof step.initial>) =>
    (scenes.get(String(snap.value))?.choices ?? []).map((_, index) => snap.can({ type: 'choice.select', index }));

  const state = (play: Play): PlayState => {
    let snap = step.initial();
    let refusedAt: number | undefined;
    const applied: number[] = [];
    const opens: boolean[][] = [];
    for (const [i, index] of play.entries()) {
      const next = step.next(snap, { type: 'choice.select', index });
      if (next.context.history.length === snap.context.history.length) {
        refusedAt = i;
        break;
      }
      opens.push(openIn(snap));
      applied.push(index);
      snap = next;
    }
    const { meters, facts, history } = snap.context;
    const node = String(snap.value);
    const steps = history.map((d, i) => stepView(d, i, opens[i] ?? []));
    const route = { nodes: [scenario.start], edges: [] as MapEdge[] };
    for (const d of history) {
      let from = d.scene;
      const choice = scenes.get(d.scene)?.choices[d.choice];
      const hops = [...d.hops.map((h) => h.checkpoint), d.hops.at(-1)?.next ?? choice?.next ?? ''];
      for (const to of hops) {
        route.edges.push({ from, to });
        route.nodes.push(to);
        from = to;
      }
    }
    const result: PlayState = { play: applied, meters, facts, steps, route };
    if (refusedAt !== undefined) result.refusedAt = refusedAt;
    const scene = scenes.get(node);
    if (scene) {
      const here = { meters, facts };
      result.scene = {
        id: scene.id,
        number: history.length + 1,
        moment: scene.moment,
        present: scene.present,
        ...(scene.speaker ? { speaker: scene.speaker } : {}),
        situation: pickText(scene.situation, here),
        situationVariant: variantIndex(scene.situation, here),
        ...(scene.predict ? { predict: scene.predict } : {}),
        ...(scene.reflect ? { reflect: scene.reflect } : {}),
        choices: scene.choices.map((c, index) => {
          // the machine decides: a choice is open when the machine takes it from here
          const open = snap.can({ type: 'choice.select', index });
          const view: ChoiceView = { index, label: c.label, open };
          if (c.when) {
            view.needs = needs(c.when);
            if (!open) view.locked = L.locked(view.needs);
          }
          return view;
        }),
      };
    }
    const ending = endings.get(node) as Ending | undefined;
    if (ending) {
      const here = { meters, facts };
      // the chain of checkpoints that led straight here: the hops of the last decision
      const last = steps.at(-1);
      result.ending = {
        id: ending.id,
        title: ending.title,
        tone: ending.tone,
        outcome: pickText(ending.outcome, here),
        outcomeVariant: variantIndex(ending.outcome, here),
        debrief: ending.debrief,
        learnMore: ending.learnMore,
        why: last?.checkpoints ?? [],
      };
    }
    return result;
  };

  return {
    scenario,
    machine,
    state,
    choose: (play, index) => {
      const next = state([...play, index]);
      return next.refusedAt === undefined ? next.play : [...play];
    },
    back: (play) => play.slice(0, -1),
    goBackTo: (play, n) => play.slice(0, Math.max(0, Math.min(play.length, n - 1))),
    restart: () => [],
    explored: (plays) => {
      const nodes = new Set<string>();
      const edges = new Set<string>();
      for (const play of plays) {
        const { route } = state(play);
        for (const n of route.nodes) nodes.add(n);
        for (const e of route.edges) edges.add(edgeKey(e));
      }
      return { nodes, edges };
    },
  };
}
