import { compileScenario, type ScenarioMachine } from './machine';
import { type ReachableState, reachableStates, STATE_LIMIT, type StateMap, TooManyStates } from './states';
import { type Problem, q } from './structure';
import type { Condition, Meters, Scenario } from './types';

/** Appends to a list in a map of lists. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const describeState = (s: { meters: Meters; facts: readonly string[] }) =>
  `meters ${Object.entries(s.meters)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; facts: ${s.facts.length ? s.facts.join(', ') : 'none'}`;

/** The range a meter reaches, or "never" when there are no values. */
const range = (values: number[]) => {
  if (values.length === 0) return 'nothing';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? `only ${lo}` : `only ${lo} to ${hi}`;
};

/** Runs the compiled machine over every reachable state (node + meters + facts + broke flag) and checks the graph. */
export function checkGraph(
  scenario: Scenario,
  machine: ScenarioMachine = compileScenario(scenario),
): { problems: Problem[]; map: StateMap | null } {
  const problems: Problem[] = [];
  let map: StateMap;
  try {
    map = reachableStates(scenario, machine);
  } catch (error) {
    if (!(error instanceof TooManyStates)) throw error;
    return {
      problems: [
        {
          message: `The scenario has more than ${STATE_LIMIT} reachable states (scene, meters and facts); split it or reduce the meter ranges.`,
          path: ['scenes'],
        },
      ],
      map: null,
    };
  }
  const sceneIndex = new Map(scenario.scenes.map((s, i) => [s.id, i]));
  const meterDefs = new Map(scenario.meters.map((m) => [m.id, m]));
  const states = [...map.states.values()];
  const reported = new Set<string>();
  const once = (key: string, problem: Problem) => {
    if (!reported.has(key)) {
      reported.add(key);
      problems.push(problem);
    }
  };
  const reached = new Set<string>();
  const opened = new Set<string>();
  /** Every state in which a checkpoint was passed: meters and facts there, and the rule that fired. */
  const arrivals = new Map<string, { meters: Meters; facts: string[]; rule: number }[]>();
  const reverse = new Map<string, string[]>();
  for (const state of states) {
    reached.add(state.node);
    const s = sceneIndex.get(state.node);
    const scene = s === undefined ? undefined : scenario.scenes[s];
    if (!scene || s === undefined) continue;
    if (state.moves.every((m) => m.to === null))
      once(`stuck:${state.node}`, {
        message: `Scene ${q(state.node)} has no way on: with ${describeState(state)} every choice is locked by its "when" condition. Add a choice without a condition.`,
        path: ['scenes', s, 'choices'],
      });
    for (const move of state.moves) {
      if (move.to === null || !move.decision) continue;
      push(reverse, move.to, state.key);
      opened.add(`${state.node}#${move.index}`);
      const choice = scene.choices[move.index];
      for (const [meter, delta] of Object.entries(choice?.effects ?? {})) {
        const def = meterDefs.get(meter);
        const from = state.meters[meter] ?? 0;
        const raw = from + delta;
        if (def && (raw < def.min || raw > def.max))
          once(`bounds:${state.node}:${move.index}:${meter}`, {
            message: `Scene ${q(state.node)}, choice ${move.index + 1} (${q(choice?.label ?? '')}): on some route it moves ${q(meter)} from ${from} to ${raw}, outside its bounds ${def.min} to ${def.max} (meter out of bounds). Change the effect or the bounds.`,
            path: ['scenes', s, 'choices', move.index, 'effects'],
          });
      }
      for (const hop of move.decision.hops) {
        reached.add(hop.checkpoint);
        push(arrivals, hop.checkpoint, { meters: move.decision.after, facts: move.decision.facts, rule: hop.rule });
      }
    }
  }
  // States from which no ending can be reached sit in a loop without exit (or a dead end reported above).
  const canFinish = new Set(states.filter((s) => s.done).map((s) => s.key));
  const queue = [...canFinish];
  while (queue.length)
    for (const prev of reverse.get(queue.pop() as string) ?? [])
      if (!canFinish.has(prev)) {
        canFinish.add(prev);
        queue.push(prev);
      }
  for (const state of states) {
    if (canFinish.has(state.key) || reported.has(`stuck:${state.node}`)) continue;
    const s = sceneIndex.get(state.node);
    once(`loop:${state.node}`, {
      message: `Scene ${q(state.node)} is caught in a loop without exit: from here (${describeState(state)}) no choice ever leads to an ending.`,
      path: s === undefined ? ['scenes'] : ['scenes', s],
    });
  }
  scenario.scenes.forEach((scene, i) => {
    if (!reached.has(scene.id)) {
      problems.push({
        message: `Scene ${q(scene.id)} is unreachable: no route from the start scene ${q(scenario.start)} leads to it.`,
        path: ['scenes', i, 'id'],
      });
      return;
    }
    scene.choices.forEach((choice, c) => {
      if (!opened.has(`${scene.id}#${c}`))
        problems.push({
          message: `Scene ${q(scene.id)}, choice ${c + 1} (${q(choice.label)}) is never open: its "when" condition does not hold on any route that reaches the scene.`,
          path: ['scenes', i, 'choices', c, 'when'],
        });
    });
  });
  scenario.checkpoints.forEach((cp, i) => {
    const seen = arrivals.get(cp.id);
    if (!seen) {
      problems.push({
        message: `Checkpoint ${q(cp.id)} is unreachable: no route leads to it.`,
        path: ['checkpoints', i, 'id'],
      });
      return;
    }
    cp.routes.forEach((route, j) => {
      if (seen.some((a) => a.rule === j)) return;
      problems.push({
        message: `Checkpoint ${q(cp.id)}, rule ${j + 1} (${describeRule(route.when)} → ${q(route.next)}) never fires: ${whyDead(route.when, seen, scenario)}`,
        path: ['checkpoints', i, 'routes', j, 'when'],
      });
    });
  });
  scenario.endings.forEach((ending, i) => {
    if (!reached.has(ending.id))
      problems.push({
        message: `Ending ${q(ending.id)} is unreachable: no route through the scenes and checkpoints ends there.`,
        path: ['endings', i, 'id'],
      });
  });
  problems.push(...checkBreaks(scenario, map));
  return { problems, map };
}

/** A rule's conditions in the file's own words. */
function describeRule(when: readonly Condition[]): string {
  return when
    .map((c) => {
      if ('fact' in c) return `fact ${c.fact}`;
      if ('notFact' in c) return `not fact ${c.notFact}`;
      const bounds = [
        c.atLeast !== undefined && `at least ${c.atLeast}`,
        c.atMost !== undefined && `at most ${c.atMost}`,
      ];
      return `${c.meter} ${bounds.filter(Boolean).join(' and ')}`;
    })
    .join(', ');
}

/** Why a rule never fires: which condition never holds (with the range its meter reaches), or an earlier rule. */
function whyDead(when: readonly Condition[], seen: { meters: Meters; facts: string[] }[], scenario: Scenario): string {
  const holdsSomewhere = seen.some((a) =>
    when.every((c) =>
      'fact' in c
        ? a.facts.includes(c.fact)
        : 'notFact' in c
          ? !a.facts.includes(c.notFact)
          : (c.atLeast === undefined || (a.meters[c.meter] ?? Number.NaN) >= c.atLeast) &&
            (c.atMost === undefined || (a.meters[c.meter] ?? Number.NaN) <= c.atMost),
    ),
  );
  if (holdsSomewhere)
    return 'whenever it holds, an earlier rule of this checkpoint holds too and wins. Reorder the rules or narrow the earlier one.';
  const parts = when.map((c) => {
    if ('fact' in c)
      return seen.some((a) => a.facts.includes(c.fact))
        ? `fact ${q(c.fact)} is set on some routes here`
        : `fact ${q(c.fact)} is never set on a route that reaches here`;
    if ('notFact' in c)
      return seen.some((a) => !a.facts.includes(c.notFact))
        ? `fact ${q(c.notFact)} is unset on some routes here`
        : `fact ${q(c.notFact)} is always set on the routes that reach here`;
    const label = scenario.meters.find((m) => m.id === c.meter)?.id ?? c.meter;
    return `${q(label)} reaches ${range(seen.map((a) => a.meters[c.meter] ?? Number.NaN))} here`;
  });
  return `it can never hold on any route: ${parts.join('; ')}${when.length > 1 ? ' (and never all at once)' : ''}.`;
}

/** A choice that breaks a rule of the Guide must never lead to a good ending. */
function checkBreaks(scenario: Scenario, map: StateMap): Problem[] {
  const problems: Problem[] = [];
  const good = new Set(scenario.endings.filter((e) => e.tone === 'good').map((e) => e.id));
  if (good.size === 0) return problems;
  const titles = new Map(scenario.endings.map((e) => [e.id, e.title]));
  const byScene = new Map<string, ReachableState[]>();
  for (const state of map.states.values()) push(byScene, state.node, state);
  scenario.scenes.forEach((scene, s) => {
    scene.choices.forEach((choice, c) => {
      if (!choice.breaks) return;
      const seen = new Set<string>();
      const stack: string[] = [];
      for (const state of byScene.get(scene.id) ?? [])
        for (const move of state.moves) if (move.index === c && move.to !== null) stack.push(move.to);
      const endings = new Set<string>();
      while (stack.length) {
        const key = stack.pop() as string;
        if (seen.has(key)) continue;
        seen.add(key);
        const state = map.states.get(key);
        if (!state) continue;
        if (state.done && good.has(state.node)) endings.add(state.node);
        for (const move of state.moves) if (move.to !== null) stack.push(move.to);
      }
      for (const ending of endings)
        problems.push({
          message: `Scene ${q(scene.id)}, choice ${c + 1} (${q(choice.label)}) breaks a rule of the Scrum Guide (${choice.breaks}), yet a route through it reaches the good ending ${q(ending)} (${q(titles.get(ending) ?? ending)}). Route breaking choices away from good endings (a fact and a checkpoint rule do it).`,
          path: ['scenes', s, 'choices', c, 'breaks'],
        });
    });
  });
  return problems;
}
