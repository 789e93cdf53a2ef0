import { variantsOf } from './conditions';
import type { Condition, NodeKind, Scenario, Text } from './types';

/** Appends to a list in a map of lists. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One problem found in a scenario: a plain sentence naming the scene, and where in the file it sits. */
export interface Problem {
  message: string;
  path: (string | number)[];
}

/** What the checks may know beyond the file itself. */
export interface VerifyOptions {
  /** Ids of the cast (content/cast/<id>.yaml); when given, every cast id in the file must be one of them. */
  castIds?: ReadonlySet<string> | undefined;
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

/** Every place a scenario reads conditions, with a name for messages and a path into the file. */
export function conditionSites(
  scenario: Scenario,
): { where: string; scene?: string | undefined; conditions: readonly Condition[]; path: (string | number)[] }[] {
  const sites: ReturnType<typeof conditionSites> = [];
  const texts = (where: string, scene: string | undefined, text: Text, path: (string | number)[]) => {
    if (typeof text === 'string') return;
    text.forEach((v, i) => {
      if (v.when)
        sites.push({ where: `${where}, variant ${i + 1}`, scene, conditions: v.when, path: [...path, i, 'when'] });
    });
  };
  scenario.scenes.forEach((scene, s) => {
    texts(`Scene ${q(scene.id)}, situation`, scene.id, scene.situation, ['scenes', s, 'situation']);
    scene.choices.forEach((choice, c) => {
      const where = `Scene ${q(scene.id)}, choice ${c + 1} (${q(choice.label)})`;
      if (choice.when)
        sites.push({ where, scene: scene.id, conditions: choice.when, path: ['scenes', s, 'choices', c, 'when'] });
      texts(`${where}, feedback`, scene.id, choice.feedback, ['scenes', s, 'choices', c, 'feedback']);
    });
  });
  scenario.checkpoints.forEach((cp, i) => {
    cp.routes.forEach((r, j) => {
      sites.push({
        where: `Checkpoint ${q(cp.id)}, rule ${j + 1}`,
        conditions: r.when,
        path: ['checkpoints', i, 'routes', j, 'when'],
      });
    });
  });
  scenario.endings.forEach((ending, i) => {
    texts(`Ending ${q(ending.id)}, outcome`, undefined, ending.outcome, ['endings', i, 'outcome']);
  });
  return sites;
}

/** Checks ids, targets, meters, facts, conditions, the cast and the facilitation plan without running anything. */
export function checkStructure(scenario: Scenario, options: VerifyOptions = {}): Problem[] {
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
  const meterSeen = new Set<string>();
  scenario.meters.forEach((m, i) => {
    if (meterSeen.has(m.id)) add(`The meter id ${q(m.id)} is used twice.`, ['meters', i, 'id']);
    meterSeen.add(m.id);
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

  // Facts: declared once, set somewhere, read somewhere.
  const facts = new Map(scenario.facts.map((f, i) => [f.id, i]));
  const factSeen = new Set<string>();
  scenario.facts.forEach((f, i) => {
    if (factSeen.has(f.id)) add(`The fact ${q(f.id)} is declared twice under "facts".`, ['facts', i, 'id']);
    factSeen.add(f.id);
  });
  const setBy = new Map<string, string[]>();
  const readBy = new Map<string, string[]>();
  scenario.scenes.forEach((scene, s) => {
    scene.choices.forEach((choice, c) => {
      const where = `Scene ${q(scene.id)}, choice ${c + 1} (${q(choice.label)})`;
      checkTarget(where, choice.next, ['scenes', s, 'choices', c, 'next']);
      for (const meter of Object.keys(choice.effects))
        if (!meters.has(meter))
          add(`${where}: "effects" moves the meter ${q(meter)}, which is not defined under "meters".`, [
            'scenes',
            s,
            'choices',
            c,
            'effects',
          ]);
      for (const fact of choice.sets) {
        if (!facts.has(fact))
          add(`${where}: "sets" names the fact ${q(fact)}, which is not declared under "facts".`, [
            'scenes',
            s,
            'choices',
            c,
            'sets',
          ]);
        push(setBy, fact, scene.id);
      }
    });
  });
  for (const site of conditionSites(scenario)) {
    for (const c of site.conditions) {
      if ('meter' in c) {
        const m = meters.get(c.meter);
        if (!m)
          add(
            `${site.where}: the condition reads the meter ${q(c.meter)}, which is not defined under "meters".`,
            site.path,
          );
        else
          for (const bound of [c.atLeast, c.atMost])
            if (bound !== undefined && (bound < m.min || bound > m.max))
              add(
                `${site.where}: the condition on ${q(c.meter)} uses ${bound}, outside the meter's bounds ${m.min} to ${m.max}.`,
                site.path,
              );
        continue;
      }
      const fact = 'fact' in c ? c.fact : c.notFact;
      if (!facts.has(fact))
        add(`${site.where}: the condition reads the fact ${q(fact)}, which is not declared under "facts".`, site.path);
      push(readBy, fact, site.where);
    }
  }
  for (const [fact, where] of readBy)
    if (facts.has(fact) && !setBy.has(fact))
      add(
        `Fact ${q(fact)} is read but never set: ${where[0]} reads it, but no choice lists it under "sets", so that condition can never change.`,
        ['facts', facts.get(fact) as number, 'id'],
      );
  for (const [fact, scenes] of setBy)
    if (facts.has(fact) && !readBy.has(fact))
      add(
        `Fact ${q(fact)} is set but never read: scene ${q(scenes[0] as string)} sets it, but no condition, text variant or checkpoint reads it.`,
        ['facts', facts.get(fact) as number, 'id'],
      );
  scenario.facts.forEach((f, i) => {
    if (!setBy.has(f.id) && !readBy.has(f.id))
      add(`Fact ${q(f.id)} is declared but never set nor read; remove it or use it.`, ['facts', i, 'id']);
  });

  // Text variants: the default comes last and only last.
  const checkVariants = (where: string, text: Text, path: (string | number)[]) => {
    const variants = variantsOf(text);
    variants.forEach((v, i) => {
      const last = i === variants.length - 1;
      if (last && v.when)
        add(`${where}: the last variant must be the plain default, without "when".`, [...path, i, 'when']);
      if (!last && !v.when)
        add(
          `${where}: variant ${i + 1} has no "when", so the variants after it can never show; only the last variant may be the default.`,
          [...path, i],
        );
    });
  };
  scenario.scenes.forEach((scene, s) => {
    checkVariants(`Scene ${q(scene.id)}, situation`, scene.situation, ['scenes', s, 'situation']);
    scene.choices.forEach((choice, c) => {
      checkVariants(`Scene ${q(scene.id)}, choice ${c + 1}, feedback`, choice.feedback, [
        'scenes',
        s,
        'choices',
        c,
        'feedback',
      ]);
    });
  });
  scenario.endings.forEach((e, i) => {
    checkVariants(`Ending ${q(e.id)}, outcome`, e.outcome, ['endings', i, 'outcome']);
  });

  // Moments are the scenes' headings: unique.
  const moments = new Map<string, string>();
  scenario.scenes.forEach((scene, s) => {
    const other = moments.get(scene.moment.toLowerCase());
    if (other)
      add(
        `Scene ${q(scene.id)}: the moment ${q(scene.moment)} is also the heading of scene ${q(other)}; each scene needs its own moment.`,
        ['scenes', s, 'moment'],
      );
    moments.set(scene.moment.toLowerCase(), scene.id);
  });

  // The cast.
  const cast = options.castIds;
  const castHint = () => (cast ? `known cast ids: ${[...cast].sort().join(', ')}` : '');
  const checkCast = (where: string, id: string, path: (string | number)[]) => {
    if (cast && !cast.has(id))
      add(`${where}: ${q(id)} is not in the cast (no content/cast/${id}.yaml); ${castHint()}.`, path);
  };
  if (scenario.playAs) checkCast('"playAs"', scenario.playAs, ['playAs']);
  scenario.scenes.forEach((scene, s) => {
    scene.present.forEach((id, i) => {
      checkCast(`Scene ${q(scene.id)}, "present"`, id, ['scenes', s, 'present', i]);
      if (id === scenario.playAs)
        add(`Scene ${q(scene.id)}: "present" lists ${q(id)}, whom the learner plays; the learner is implied.`, [
          'scenes',
          s,
          'present',
          i,
        ]);
    });
    if (scene.speaker) {
      checkCast(`Scene ${q(scene.id)}, "speaker"`, scene.speaker, ['scenes', s, 'speaker']);
      if (scene.speaker === scenario.playAs)
        add(
          `Scene ${q(scene.id)}: the speaker ${q(scene.speaker)} is the person the learner plays ("playAs"); name someone else or leave "speaker" out.`,
          ['scenes', s, 'speaker'],
        );
    }
  });

  // The facilitation plan.
  const f = scenario.facilitation;
  if (f) {
    const sum = f.timePlan.reduce((total, step) => total + step.minutes, 0);
    if (sum !== f.minutes)
      add(`Facilitation: "minutes" is ${f.minutes}, but the steps of "timePlan" add up to ${sum}.`, [
        'facilitation',
        'minutes',
      ]);
    if (f.groupSize.min > f.groupSize.max)
      add(`Facilitation: "groupSize" min (${f.groupSize.min}) is above max (${f.groupSize.max}).`, [
        'facilitation',
        'groupSize',
      ]);
    for (const scene of scenario.scenes)
      if (!f.prompts[scene.id])
        add(`Facilitation: "prompts" has no discussion prompt for scene ${q(scene.id)}; every scene needs one.`, [
          'facilitation',
          'prompts',
        ]);
    for (const id of Object.keys(f.prompts))
      if (kinds.get(id) !== 'scene')
        add(`Facilitation: "prompts" has a prompt for ${q(id)}, which is not a scene in this file.`, [
          'facilitation',
          'prompts',
          id,
        ]);
  }
  if (scenario.otherSide && !scenario.otherSideNote)
    add(`"otherSide" is set, so "otherSideNote" is required: one or two sentences on what the other seat knew.`, [
      'otherSideNote',
    ]);
  if (!scenario.otherSide && scenario.otherSideNote)
    add(`"otherSideNote" is set without "otherSide"; name the scenario told from the other seat.`, ['otherSideNote']);

  scenario.checkpoints.forEach((cp, i) => {
    const where = `Checkpoint ${q(cp.id)}`;
    cp.routes.forEach((r, j) => {
      checkTarget(`${where}, rule ${j + 1}`, r.next, ['checkpoints', i, 'routes', j, 'next']);
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
