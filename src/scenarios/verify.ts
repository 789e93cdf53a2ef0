import { compileScenario } from './machine';
import { adjacencyOf, enumeratePaths, stateKey, TRAVERSAL_LIMIT } from './paths';
import type { Condition, Meters, NodeKind, Scenario } from './types';

/** One problem found in a scenario: a plain sentence naming the scene, and where in the file it sits. */
export interface Problem {
  message: string;
  path: (string | number)[];
}

/** Meters every scenario must measure: the two sides of the trust this site is about. */
export const REQUIRED_METERS = ['team-trust-in-po', 'po-trust-in-team'] as const;

const q = (s: string) => `"${s}"`;

/** Index of every node id (scene, checkpoint, ending) by kind. */
export function nodeKinds(scenario: Scenario): Map<string, NodeKind> {
  const kinds = new Map<string, NodeKind>();
  for (const s of scenario.scenes) kinds.set(s.id, 'scene');
  for (const c of scenario.checkpoints) kinds.set(c.id, 'checkpoint');
  for (const e of scenario.endings) kinds.set(e.id, 'ending');
  return kinds;
}

/** Checks ids, targets, meters and conditions without running anything. */
export function checkStructure(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string, path: (string | number)[]) => problems.push({ message, path });
  const meters = new Map(scenario.meters.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const groups = [
    ['scenes', scenario.scenes],
    ['checkpoints', scenario.checkpoints],
    ['endings', scenario.endings],
  ] as const;
  for (const [field, list] of groups) {
    list.forEach((node, i) => {
      if (seen.has(node.id))
        add(`The id ${q(node.id)} is used twice; scenes, checkpoints and endings need unique ids.`, [field, i, 'id']);
      seen.add(node.id);
    });
  }
  for (const id of REQUIRED_METERS)
    if (!meters.has(id)) add(`The meter ${q(id)} is missing; every scenario measures both sides of trust.`, ['meters']);
  scenario.meters.forEach((m, i) => {
    if (m.min >= m.max) add(`Meter ${q(m.id)}: "min" (${m.min}) must be below "max" (${m.max}).`, ['meters', i, 'min']);
    if (m.start < m.min || m.start > m.max)
      add(`Meter ${q(m.id)}: "start" (${m.start}) is outside its bounds ${m.min} to ${m.max}.`, ['meters', i, 'start']);
  });
  const kinds = nodeKinds(scenario);
  if (kinds.get(scenario.start) !== 'scene')
    add(`"start" points to ${q(scenario.start)}, which is not a scene in this file.`, ['start']);
  const checkTarget = (where: string, next: string, path: (string | number)[]) => {
    if (!kinds.has(next))
      add(
        `${where}: "next" points to ${q(next)}, which is not a scene, checkpoint or ending in this file (dangling target).`,
        path,
      );
  };
  const checkConditions = (where: string, conditions: readonly Condition[], path: (string | number)[]) => {
    for (const c of conditions) {
      const m = meters.get(c.meter);
      if (!m) add(`${where}: the condition reads the meter ${q(c.meter)}, which is not defined under "meters".`, path);
      else
        for (const bound of [c.atLeast, c.atMost]) {
          if (bound !== undefined && (bound < m.min || bound > m.max))
            add(
              `${where}: the condition on ${q(c.meter)} uses ${bound}, outside the meter's bounds ${m.min} to ${m.max}.`,
              path,
            );
        }
    }
  };
  scenario.scenes.forEach((scene, s) => {
    scene.choices.forEach((choice, c) => {
      const where = `Scene ${q(scene.id)}, choice ${c + 1} (${q(choice.label)})`;
      checkTarget(where, choice.next, ['scenes', s, 'choices', c, 'next']);
      for (const meter of Object.keys(choice.effects)) {
        if (!meters.has(meter))
          add(`${where}: "effects" moves the meter ${q(meter)}, which is not defined under "meters".`, [
            'scenes',
            s,
            'choices',
            c,
            'effects',
          ]);
      }
      if (choice.when) checkConditions(where, choice.when, ['scenes', s, 'choices', c, 'when']);
    });
  });
  scenario.checkpoints.forEach((cp, i) => {
    const where = `Checkpoint ${q(cp.id)}`;
    cp.routes.forEach((r, j) => {
      checkTarget(`${where}, route ${j + 1}`, r.next, ['checkpoints', i, 'routes', j, 'next']);
      checkConditions(`${where}, route ${j + 1}`, r.when, ['checkpoints', i, 'routes', j, 'when']);
    });
    checkTarget(`${where}, "otherwise"`, cp.otherwise, ['checkpoints', i, 'otherwise']);
  });
  if (problems.length === 0) problems.push(...checkCheckpointCycles(scenario));
  return problems;
}

/** Checkpoints that route to each other without a scene in between would loop forever. */
function checkCheckpointCycles(scenario: Scenario): Problem[] {
  const byId = new Map(scenario.checkpoints.map((c) => [c.id, c]));
  const problems: Problem[] = [];
  scenario.checkpoints.forEach((start, i) => {
    const stack = [...start.routes.map((r) => r.next), start.otherwise];
    const seen = new Set<string>();
    while (stack.length) {
      const id = stack.pop() as string;
      if (id === start.id) {
        problems.push({
          message: `Checkpoint ${q(start.id)} routes back to itself through other checkpoints without a scene in between (loop without exit).`,
          path: ['checkpoints', i],
        });
        break;
      }
      const cp = byId.get(id);
      if (cp && !seen.has(id)) {
        seen.add(id);
        stack.push(...cp.routes.map((r) => r.next), cp.otherwise);
      }
    }
  });
  return problems;
}

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

/** All checks, structure first; the graph is only walked when the structure is sound. */
export function verifyScenario(scenario: Scenario): Problem[] {
  const structural = checkStructure(scenario);
  return structural.length > 0 ? structural : checkGraph(scenario);
}
