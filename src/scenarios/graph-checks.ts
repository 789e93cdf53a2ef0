import { compileScenario } from './machine';
import { adjacencyOf, enumeratePaths, stateKey, TRAVERSAL_LIMIT } from './paths';
import { type Problem, q } from './structure';
import type { Meters, Scenario } from './types';

const describeMeters = (m: Meters) =>
  Object.entries(m)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

/** Runs the compiled machine over every reachable (scene, meters) state and checks the graph. */
export function checkGraph(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const machine = compileScenario(scenario);
  let adjacency: ReturnType<typeof adjacencyOf>;
  try {
    adjacency = adjacencyOf(scenario, machine);
  } catch {
    return [
      {
        message: `The scenario has more than ${TRAVERSAL_LIMIT} reachable states; split it or reduce the meter ranges.`,
        path: ['scenes'],
      },
    ];
  }
  const sceneIndex = new Map(scenario.scenes.map((s, i) => [s.id, i]));
  const meterDefs = new Map(scenario.meters.map((m) => [m.id, m]));
  const reached = new Set<string>();
  const taken = new Set<string>();
  const offered = new Set<string>();
  const reported = new Set<string>();
  const once = (key: string, problem: Problem) => {
    if (!reported.has(key)) {
      reported.add(key);
      problems.push(problem);
    }
  };
  const serials = Object.keys(adjacency);
  const reverse = new Map<string, string[]>(serials.map((k) => [k, []]));
  const done = new Set<string>();
  for (const serial of serials) {
    const vertex = adjacency[serial as keyof typeof adjacency];
    if (!vertex) continue;
    const node = stateKey(vertex.state);
    reached.add(node);
    if (vertex.state.status === 'done') done.add(serial);
    const s = sceneIndex.get(node);
    const scene = s === undefined ? undefined : scenario.scenes[s];
    // A locked choice shows up as a transition that changes nothing; a taken one always adds to the history.
    const isTaken = (t: { state: { context: { history: unknown[] } } }) =>
      t.state.context.history.length > vertex.state.context.history.length;
    const moves = Object.values(vertex.transitions).filter(isTaken);
    if (scene && s !== undefined && moves.length === 0 && vertex.state.status !== 'done') {
      once(`stuck:${node}`, {
        message: `Scene ${q(node)} has no way on: with meters at ${describeMeters(vertex.state.context.meters)} every choice is locked by its "when" condition. Add a choice without a condition.`,
        path: ['scenes', s, 'choices'],
      });
    }
    for (const t of Object.values(vertex.transitions)) {
      const target = JSON.stringify([t.state.value, t.state.context.meters]);
      reverse.get(target)?.push(serial);
      if (!scene || s === undefined || t.event.type !== 'choice.select' || !isTaken(t)) continue;
      const index = t.event.index;
      const choice = scene.choices[index];
      if (choice) {
        taken.add(choice.next);
        offered.add(`${node}#${index}`);
      }
      for (const [meter, delta] of Object.entries(choice?.effects ?? {})) {
        const def = meterDefs.get(meter);
        const raw = (vertex.state.context.meters[meter] ?? 0) + delta;
        if (def && (raw < def.min || raw > def.max)) {
          once(`bounds:${node}:${index}:${meter}`, {
            message: `Scene ${q(node)}, choice ${index + 1} (${q(choice?.label ?? '')}): on some path it moves ${q(meter)} from ${vertex.state.context.meters[meter]} to ${raw}, outside its bounds ${def.min} to ${def.max} (meter out of bounds). Change the effect or the bounds.`,
            path: ['scenes', s, 'choices', index, 'effects'],
          });
        }
      }
    }
  }
  // States from which no ending can be reached sit in a loop without exit (or a dead end reported above).
  const canFinish = new Set<string>(done);
  const queue = [...done];
  while (queue.length)
    for (const prev of reverse.get(queue.pop() as string) ?? [])
      if (!canFinish.has(prev)) {
        canFinish.add(prev);
        queue.push(prev);
      }
  for (const serial of serials) {
    const vertex = adjacency[serial as keyof typeof adjacency];
    if (!vertex || canFinish.has(serial)) continue;
    const node = stateKey(vertex.state);
    if (reported.has(`stuck:${node}`)) continue;
    const s = sceneIndex.get(node);
    once(`loop:${node}`, {
      message: `Scene ${q(node)} is caught in a loop without exit: from here (meters ${describeMeters(vertex.state.context.meters)}) no choice ever leads to an ending.`,
      path: s === undefined ? ['scenes'] : ['scenes', s],
    });
  }
  scenario.scenes.forEach((scene, i) => {
    if (!reached.has(scene.id))
      problems.push({
        message: `Scene ${q(scene.id)} is unreachable: no path from the start scene ${q(scenario.start)} leads to it.`,
        path: ['scenes', i, 'id'],
      });
  });
  scenario.scenes.forEach((scene, i) => {
    if (!reached.has(scene.id)) return;
    scene.choices.forEach((choice, c) => {
      if (!offered.has(`${scene.id}#${c}`))
        problems.push({
          message: `Scene ${q(scene.id)}, choice ${c + 1} (${q(choice.label)}) is never open: its "when" condition does not hold on any path that reaches the scene.`,
          path: ['scenes', i, 'choices', c, 'when'],
        });
    });
  });
  // Checkpoints are transient (never a resting state): reachable when a taken choice, or a reachable checkpoint, leads there.
  for (let grew = true; grew; ) {
    grew = false;
    for (const cp of scenario.checkpoints) {
      if (!taken.has(cp.id)) continue;
      for (const next of [...cp.routes.map((r) => r.next), cp.otherwise])
        if (!taken.has(next)) {
          taken.add(next);
          grew = true;
        }
    }
  }
  scenario.checkpoints.forEach((cp, i) => {
    if (!taken.has(cp.id))
      problems.push({
        message: `Checkpoint ${q(cp.id)} is unreachable: no choice leads to it.`,
        path: ['checkpoints', i, 'id'],
      });
  });
  if (problems.length === 0) {
    const endings = new Set(enumeratePaths(scenario, machine).map((p) => p.ending));
    scenario.endings.forEach((ending, i) => {
      if (!endings.has(ending.id))
        problems.push({
          message: `Ending ${q(ending.id)} is unreachable: no path through the scenes and checkpoints ends there.`,
          path: ['endings', i, 'id'],
        });
    });
  }
  return problems;
}
