import { describe, expect, test } from 'vitest';
import { createPlayModel } from '../../../src/scenarios';
import { loadScenario } from './load';

const scenario = loadScenario('tests/fixtures/scenarios/valid/facts.yaml');
const model = createPlayModel(scenario);

describe('the play module answers what a view needs from a list of choices', () => {
  test('the start: the scene headed by its moment, who is present and speaks, open and locked choices with the reason', () => {
    const s = model.state([]);
    expect(s.scene).toMatchObject({
      id: 'thursday',
      number: 1,
      moment: 'Thursday, 4 pm: the card moves to Done',
      present: ['ines', 'kofi'],
      speaker: 'kofi',
    });
    expect(s.ending).toBeUndefined();
    expect(s.meters).toEqual({ 'team-trust-in-po': 5, 'po-trust-in-team': 5 });
    const friday = model.state([1]).scene;
    expect(friday?.choices.map((c) => c.open)).toEqual([true, true, false]);
    expect(friday?.choices[2]?.locked).toBe('Locked: this opens only when you told Ines on Thursday.');
    expect(model.state([0]).scene?.choices[2]).toMatchObject({ open: true, needs: 'you told Ines on Thursday' });
  });

  test('facts choose the text variants: situation on entering, feedback after the choice, outcome at the ending', () => {
    expect(model.state([0]).scene?.situation).toMatch(/^Elena already knows/);
    expect(model.state([0]).scene?.situationVariant).toBe(0);
    expect(model.state([1]).scene?.situation).toBe('Elena asks where the upload is.');
    // the feedback is read on the state just after the choice, so the fact it sets already counts
    expect(model.state([0]).steps[0]?.feedback).toMatch(/^Ines now has a day/);
    expect(model.state([0, 1]).ending?.outcome).toMatch(/^You told Ines on Thursday/);
    expect(model.state([1, 1]).ending?.outcome).toBe('Ines learned about the gap in the room.');
  });

  test('each step says what it changed, which facts it set and what it cites', () => {
    const [first, second] = model.state([0, 2]).steps;
    expect(first).toMatchObject({ number: 1, label: 'Tell Ines', factsSet: ['told-ines'], cites: 'Transparency' });
    expect(first?.changes.find((c) => c.id === 'po-trust-in-team')).toMatchObject({ delta: 1, value: 6, max: 10 });
    expect(second?.changes.map((c) => c.delta)).toEqual([1, 2]);
    expect(model.state([1, 0]).steps[1]?.breaks).toBe('Commitment: Definition of Done');
  });

  test('why this ending names every checkpoint of a chain, with the rule that fired at each', () => {
    const good = model.state([0, 2]).ending;
    expect(good?.id).toBe('good');
    expect(good?.why.map((w) => [w.checkpoint, w.rule, w.next])).toEqual([
      ['weigh-trust', -1, 'weigh-time'],
      ['weigh-time', 0, 'good'],
    ]);
    expect(good?.why[1]?.reason).toBe(
      "The rule that held: you told Ines on Thursday and the Product Owner's trust in the Developers is at least 8.",
    );
    expect(good?.why[0]?.reason).toMatch(/None of the earlier rules held/);
    const bad = model.state([1, 0]).ending;
    expect(bad?.why.map((w) => [w.checkpoint, w.rule, w.next])).toEqual([['weigh-trust', 0, 'bad']]);
  });

  test('the route on the map includes the checkpoint hops', () => {
    expect(model.state([0, 2]).route.nodes).toEqual(['thursday', 'friday', 'weigh-trust', 'weigh-time', 'good']);
    const explored = model.explored([
      [0, 2],
      [1, 0],
    ]);
    expect([...explored.nodes].sort()).toEqual(['bad', 'friday', 'good', 'thursday', 'weigh-time', 'weigh-trust']);
    expect(explored.edges.has('weigh-trust>bad')).toBe(true);
    expect(explored.edges.has('weigh-time>mixed')).toBe(false);
  });

  test('back, go back to decision N and restart are operations on the list; a refused choice changes nothing', () => {
    expect(model.back([0, 2])).toEqual([0]);
    expect(model.goBackTo([0, 2], 2)).toEqual([0]);
    expect(model.goBackTo([0, 2], 1)).toEqual([]);
    expect(model.restart()).toEqual([]);
    expect(model.choose([1], 2)).toEqual([1]);
    expect(model.choose([0], 2)).toEqual([0, 2]);
    const saved = model.state([1, 2, 0]);
    expect(saved.refusedAt).toBe(1);
    expect(saved.play).toEqual([1]);
  });
});
