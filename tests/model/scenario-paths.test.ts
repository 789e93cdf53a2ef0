import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { enumeratePaths, replayChoices } from '../../src/scenarios';
import { loadScenario } from '../unit/scenarios/load';

// Pinned so any change to a story's branching shows up in review. Update deliberately, with the reason in the commit.
const pinnedPathCounts: Record<string, number> = {
  'just-squeeze-it-in': 50,
  'done-mostly': 43,
};

const dir = 'content/scenarios';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

test('every scenario file has a pinned path count', () => {
  expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual(Object.keys(pinnedPathCounts).sort());
});

describe.each(files)('%s: every path', (file) => {
  const id = file.replace(/\.yaml$/, '');
  const scenario = loadScenario(`${dir}/${file}`);
  const paths = enumeratePaths(scenario);
  const endingIds = new Set(scenario.endings.map((e) => e.id));
  const scenes = new Map(scenario.scenes.map((s) => [s.id, s]));

  test('path count is pinned', () => {
    expect(paths.length).toBe(pinnedPathCounts[id]);
  });

  test('ends in an ending, with one recorded decision per choice, feedback for each, and meters in bounds', () => {
    for (const path of paths) {
      const label = `${id} path ${path.choices.join(',')}`;
      const result = replayChoices(scenario, path.choices);
      expect(result.ok, label).toBe(true);
      const { snapshot } = result;
      expect(snapshot.status, label).toBe('done');
      expect(endingIds.has(String(snapshot.value)), label).toBe(true);
      expect(snapshot.value, label).toBe(path.ending);
      expect(snapshot.context.history, label).toHaveLength(path.choices.length);
      for (const decision of snapshot.context.history) {
        const choice = scenes.get(decision.scene)?.choices[decision.choice];
        expect(choice?.feedback.trim().length, `${label} at ${decision.scene}`).toBeGreaterThan(20);
        for (const meter of scenario.meters) {
          for (const value of [decision.before[meter.id], decision.after[meter.id]]) {
            expect(value, `${label}: ${meter.id}`).toBeGreaterThanOrEqual(meter.min);
            expect(value, `${label}: ${meter.id}`).toBeLessThanOrEqual(meter.max);
          }
        }
      }
    }
  });

  test('reaches every ending and visits every scene', () => {
    expect(new Set(paths.map((p) => p.ending))).toEqual(endingIds);
    const visited = new Set(
      paths.flatMap((p) => replayChoices(scenario, p.choices).snapshot.context.history.map((d) => d.scene)),
    );
    expect(visited).toEqual(new Set(scenes.keys()));
  });

  test('meets the story brief: at least 4 decisions on the longest path, 3 endings with every tone, a gated choice, a checkpoint, prompts', () => {
    expect(Math.max(...paths.map((p) => p.choices.length))).toBeGreaterThanOrEqual(4);
    expect(Math.min(...paths.map((p) => p.choices.length))).toBeGreaterThanOrEqual(3);
    expect(new Set(scenario.endings.map((e) => e.tone))).toEqual(new Set(['good', 'mixed', 'bad']));
    expect(scenario.scenes.some((s) => s.choices.some((c) => c.when))).toBe(true);
    expect(scenario.checkpoints.length).toBeGreaterThan(0);
    expect(scenario.scenes.some((s) => s.predict)).toBe(true);
    expect(scenario.scenes.some((s) => s.reflect)).toBe(true);
    expect(scenario.summary).toMatch(/You play (a|the) /);
  });
});
