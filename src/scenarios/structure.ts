import type { Condition, NodeKind, Scenario } from './types';

/** One problem found in a scenario: a plain sentence naming the scene, and where in the file it sits. */
export interface Problem {
  message: string;
  path: (string | number)[];
}

/** Meters every scenario must measure: the two sides of the trust this site is about. */
export const REQUIRED_METERS = ['team-trust-in-po', 'po-trust-in-team'] as const;

/** Quotes an id or label for a message. */
export const q = (s: string) => `"${s}"`;

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
