import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario, enumeratePaths, replayChoices } from '../../../src/scenarios';
import { loadScenario } from './load';

const scenario = loadScenario('tests/fixtures/scenarios/valid/tiny.yaml');
const start = () => createActor(compileScenario(scenario)).start();

describe('scenario machine', () => {
  test('starts in the start scene with the start meters and no history', () => {
    const snap = start().getSnapshot();
    expect(snap.matches('ask')).toBe(true);
    expect(snap.context.meters).toEqual({ 'team-trust-in-po': 5, 'po-trust-in-team': 5 });
    expect(snap.context.history).toEqual([]);
    expect(snap.status).toBe('active');
  });

  test('choice.select moves to the next scene, applies effects and records the decision', () => {
    const actor = start();
    actor.send({ type: 'choice.select', index: 0 });
    const snap = actor.getSnapshot();
    expect(snap.matches('later')).toBe(true);
    expect(snap.context.meters).toEqual({ 'team-trust-in-po': 3, 'po-trust-in-team': 6 });
    expect(snap.context.history).toEqual([
      {
        scene: 'ask',
        choice: 0,
        before: { 'team-trust-in-po': 5, 'po-trust-in-team': 5 },
        after: { 'team-trust-in-po': 3, 'po-trust-in-team': 6 },
        factsBefore: [],
        facts: [],
        hops: [],
      },
    ]);
  });

  test('a choice gated by a meter condition is refused until the condition holds', () => {
    const actor = start();
    actor.send({ type: 'choice.select', index: 1 }); // po 7
    expect(actor.getSnapshot().can({ type: 'choice.select', index: 2 })).toBe(false);
    actor.send({ type: 'choice.select', index: 2 });
    expect(actor.getSnapshot().matches('later')).toBe(true);
    const other = start();
    other.send({ type: 'choice.select', index: 2 });
    other.send({ type: 'choice.select', index: 1 }); // po 8
    expect(other.getSnapshot().can({ type: 'choice.select', index: 2 })).toBe(true);
    other.send({ type: 'choice.select', index: 2 });
    expect(other.getSnapshot().status).toBe('done');
    expect(other.getSnapshot().matches('good')).toBe(true);
  });

  test('a checkpoint routes by accumulated meters and endings are final', () => {
    const good = replayChoices(scenario, [1, 0]);
    const mixed = replayChoices(scenario, [1, 1]);
    const bad = replayChoices(scenario, [0, 1]);
    expect([good, mixed, bad].map((r) => r.ok && r.snapshot.value)).toEqual(['good', 'mixed', 'bad']);
    expect(bad.snapshot.status).toBe('done');
  });

  test('meters are clamped to their bounds', () => {
    const actor = start();
    actor.send({ type: 'choice.select', index: 2 });
    actor.send({ type: 'choice.select', index: 0 }); // back to ask
    actor.send({ type: 'choice.select', index: 0 }); // team -2 -> 3
    actor.send({ type: 'choice.select', index: 1 }); // keep quiet: po 5+1-3 = 3
    const { meters } = actor.getSnapshot().context;
    expect(meters['po-trust-in-team']).toBe(3);
    const low = { ...scenario, meters: scenario.meters.map((m) => ({ ...m, start: m.min + 1 })) };
    const r = replayChoices(low, [0]);
    expect(r.snapshot.context.meters['team-trust-in-po']).toBe(0);
  });

  test('a checkpoint records the rule that fired on the decision that led there', () => {
    const mixed = replayChoices(scenario, [1, 1]);
    expect(mixed.snapshot.context.history.at(-1)?.hops).toEqual([{ checkpoint: 'weigh', rule: 1, next: 'mixed' }]);
    const bad = replayChoices(scenario, [0, 1]);
    expect(bad.snapshot.context.history.at(-1)?.hops).toEqual([{ checkpoint: 'weigh', rule: -1, next: 'bad' }]);
  });

  test('replayChoices reports the first choice the scenario no longer accepts', () => {
    const r = replayChoices(scenario, [1, 2]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failedAt).toBe(1);
  });

  test('enumeratePaths finds every simple path, the loop included', () => {
    const paths = enumeratePaths(scenario);
    expect(new Set(paths.map((p) => p.ending))).toEqual(new Set(['good', 'mixed', 'bad']));
    expect(paths).toContainEqual({ choices: [2, 1, 2], ending: 'good' });
    expect(paths).toHaveLength(7);
  });
});
