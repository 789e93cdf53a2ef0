import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { layoutMap, type MapNode, type ScenarioMap, wrapLabel } from '../../../src/scenarios';
import { loadScenario } from './load';

const files = [
  ...readdirSync('content/scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `content/scenarios/${f}`),
  'tests/fixtures/scenarios/valid/tiny.yaml', // has a loop (a scene you can return to)
];

type Point = readonly [number, number];

/** Does the segment a–b meet the box (closed rectangle) of a node? Liang–Barsky clipping. */
function meets(a: Point, b: Point, n: MapNode): boolean {
  const [x0, y0] = a;
  const dx = b[0] - x0;
  const dy = b[1] - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - (n.x - n.w / 2)],
    [dx, n.x + n.w / 2 - x0],
    [-dy, y0 - (n.y - n.h / 2)],
    [dy, n.y + n.h / 2 - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 <= t1;
}

/** Every arrow segment that runs into a node box other than the arrow's own two ends, in words. */
function arrowsThroughNodes(map: ScenarioMap): string[] {
  const found: string[] = [];
  for (const e of map.edges)
    for (let i = 1; i < e.points.length; i++)
      for (const n of map.nodes)
        if (n.id !== e.from && n.id !== e.to && meets(e.points[i - 1] as Point, e.points[i] as Point, n))
          found.push(`${e.from} → ${e.to} runs through ${n.id}`);
  return found;
}

const onBorder = (p: Point | undefined, n: MapNode | undefined) =>
  !!p && !!n && Math.abs(Math.abs(p[1] - n.y) - n.h / 2) < 0.01 && Math.abs(p[0] - n.x) <= n.w / 2;

describe.each(files)('the map of %s', (file) => {
  const scenario = loadScenario(file);
  const map = layoutMap(scenario);
  const at = new Map(map.nodes.map((n) => [n.id, n]));

  test('no arrow runs through a node other than its own two ends', () => {
    expect(arrowsThroughNodes(map)).toEqual([]);
  });

  test('no two nodes overlap, and every node lies inside the drawing', () => {
    for (const a of map.nodes) {
      expect(a.x - a.w / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w / 2).toBeLessThanOrEqual(map.width);
      expect(a.y + a.h / 2).toBeLessThanOrEqual(map.height);
      for (const b of map.nodes)
        if (a !== b) expect(Math.abs(a.x - b.x) >= a.w || Math.abs(a.y - b.y) >= a.h, `${a.id} / ${b.id}`).toBe(true);
    }
  });

  test('every choice and checkpoint route is one arrow from the border of its node to the border of its target', () => {
    const expected = new Set([
      ...scenario.scenes.flatMap((s) => s.choices.map((c) => `${s.id}>${c.next}`)),
      ...scenario.checkpoints.flatMap((c) => [...c.routes.map((r) => `${c.id}>${r.next}`), `${c.id}>${c.otherwise}`]),
    ]);
    expect(map.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual([...expected].sort());
    for (const e of map.edges) {
      expect(onBorder(e.points[0], at.get(e.from)), `${e.from} → ${e.to} leaves ${e.from}`).toBe(true);
      expect(onBorder(e.points.at(-1), at.get(e.to)), `${e.from} → ${e.to} reaches ${e.to}`).toBe(true);
    }
  });

  test('nodes are named by their moment, a checkpoint by a short label, an ending by its title', () => {
    for (const s of scenario.scenes) expect(at.get(s.id)?.name).toBe(s.moment);
    for (const e of scenario.endings) expect(at.get(e.id)?.name).toBe(e.title);
    for (const n of map.nodes) {
      expect(n.lines.length).toBeLessThanOrEqual(3);
      if (n.kind === 'checkpoint') expect(n.lines).toHaveLength(1);
    }
    // a checkpoint's label, when the file gives one, names it; otherwise its id as words
    for (const c of scenario.checkpoints)
      expect(at.get(c.id)?.name).toBe(c.label ?? `${c.id.charAt(0).toUpperCase()}${c.id.slice(1).replace(/-/g, ' ')}`);
  });
});

test('a checkpoint label spells what an id cannot ("Tomás comes")', () => {
  const map = layoutMap(loadScenario('content/scenarios/just-squeeze-it-in.yaml'));
  expect(map.nodes.find((n) => n.id === 'tomas-comes')?.name).toBe('Tomás comes');
});

test('a long name wraps on word boundaries and is cut with an ellipsis after three lines', () => {
  expect(wrapLabel('Monday, 9:30: Sprint Planning')).toEqual(['Monday, 9:30: Sprint', 'Planning']);
  const long = wrapLabel('Thursday afternoon, two days before the partner showcase, in the corridor by the lifts');
  expect(long).toHaveLength(3);
  expect(long[2]?.endsWith('…')).toBe(true);
  for (const line of long) expect(line.length).toBeLessThanOrEqual(22);
});

test('the measure catches an arrow drawn straight through a node', () => {
  const scenario = loadScenario('tests/fixtures/scenarios/valid/tiny.yaml');
  const map = layoutMap(scenario);
  // Draw every arrow as one straight line between the centres, as the old map did: some must cross a node.
  const straight = {
    ...map,
    edges: map.edges.map((e) => {
      const a = map.nodes.find((n) => n.id === e.from) as MapNode;
      const b = map.nodes.find((n) => n.id === e.to) as MapNode;
      return { ...e, points: [[a.x, a.y] as [number, number], [b.x, b.y] as [number, number]] };
    }),
  };
  expect(arrowsThroughNodes(straight).length).toBeGreaterThan(0);
});
