import { nodeKinds } from './structure';
import type { Decision, NodeKind, Scenario } from './types';

/** A node of the scenario map, placed on a grid (x, y are centres in SVG units). */
export interface MapNode {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  short: string;
}
/** An arrow of the map: a choice (scene → next) or a checkpoint route. */
export interface MapEdge {
  from: string;
  to: string;
}
/** The laid-out map. */
export interface ScenarioMap {
  nodes: MapNode[];
  edges: MapEdge[];
  width: number;
  height: number;
}

/** Horizontal and vertical spacing of the grid in SVG units. */
export const MAP_GAP = { x: 96, y: 84 } as const;

/** Arrows out of a node, in file order. */
function targetsOf(scenario: Scenario, id: string): string[] {
  const scene = scenario.scenes.find((s) => s.id === id);
  if (scene) return [...new Set(scene.choices.map((c) => c.next))];
  const cp = scenario.checkpoints.find((c) => c.id === id);
  return cp ? [...new Set([...cp.routes.map((r) => r.next), cp.otherwise])] : [];
}

/** Lays the scenario out top to bottom: rows by longest distance from the start, endings on the last row. */
export function layoutMap(scenario: Scenario): ScenarioMap {
  const kinds = nodeKinds(scenario);
  const depth = new Map<string, number>([[scenario.start, 0]]);
  const onStack = new Set<string>();
  const visit = (id: string, d: number) => {
    if (onStack.has(id) || (depth.get(id) ?? -1) > d) return;
    if ((depth.get(id) ?? -1) < d) depth.set(id, d);
    onStack.add(id);
    for (const next of targetsOf(scenario, id)) visit(next, d + 1);
    onStack.delete(id);
  };
  visit(scenario.start, 0);
  const lastRow = Math.max(0, ...[...depth].filter(([id]) => kinds.get(id) !== 'ending').map(([, d]) => d)) + 1;
  for (const e of scenario.endings) depth.set(e.id, lastRow);
  const order = [
    ...scenario.scenes.map((s) => s.id),
    ...scenario.checkpoints.map((c) => c.id),
    ...scenario.endings.map((e) => e.id),
  ];
  const rows: string[][] = [];
  for (const id of order) {
    const r = depth.get(id) ?? lastRow;
    rows[r] = [...(rows[r] ?? []), id];
  }
  const widest = Math.max(...rows.map((r) => r?.length ?? 0));
  const width = widest * MAP_GAP.x;
  const nodes: MapNode[] = [];
  const shortName = (id: string, kind: NodeKind) => {
    if (kind === 'scene') return String(scenario.scenes.findIndex((s) => s.id === id) + 1);
    if (kind === 'checkpoint') return ''; // the diamond shape says it; "?" is kept for hidden endings
    return String.fromCharCode(65 + scenario.endings.findIndex((e) => e.id === id));
  };
  rows.forEach((row, r) => {
    const offset = (width - (row?.length ?? 0) * MAP_GAP.x) / 2;
    row?.forEach((id, i) => {
      const kind = kinds.get(id) ?? 'scene';
      nodes.push({ id, kind, x: offset + MAP_GAP.x * (i + 0.5), y: MAP_GAP.y * (r + 0.5), short: shortName(id, kind) });
    });
  });
  const edges = order.flatMap((from) => targetsOf(scenario, from).map((to) => ({ from, to })));
  return { nodes, edges, width, height: rows.length * MAP_GAP.y };
}

/** The route a learner took: every node and arrow, including the checkpoint hops decided by the meters. */
export function pathTaken(scenario: Scenario, history: readonly Decision[]): { nodes: string[]; edges: MapEdge[] } {
  const nodes = [scenario.start];
  const edges: MapEdge[] = [];
  for (const decision of history) {
    const choice = scenario.scenes.find((s) => s.id === decision.scene)?.choices[decision.choice];
    if (!choice) break;
    let from = decision.scene;
    for (const hop of decision.hops) {
      edges.push({ from, to: hop.checkpoint });
      nodes.push(hop.checkpoint);
      from = hop.checkpoint;
    }
    edges.push({ from, to: decision.hops.at(-1)?.next ?? choice.next });
    nodes.push(decision.hops.at(-1)?.next ?? choice.next);
  }
  return { nodes, edges };
}
