// The scenario map: a layered drawing of every scene, checkpoint and ending, with arrows routed between the rows
// so that no arrow runs through a node. Pure and small, so it can run in the lazily loaded ending chunk.
//
// The method is the classic layered one (Sugiyama): break loops, put each node on the row of its longest distance
// from the start (endings on the last row), add a waypoint on every row an arrow crosses, order each row to cut
// crossings (barycentres), then place the nodes and waypoints left to right as close to their neighbours as their
// order and spacing allow (least squares under order constraints). An arrow only runs diagonally in the gap between
// two rows and straight down through a row, at a waypoint kept clear of every node: it cannot cross a node's box.
import { nodeKinds } from './structure';
import type { Decision, NodeKind, Scenario } from './types';

/** A node of the scenario map (x, y are the centre of its box, in SVG units). */
export interface MapNode {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  /** Width and height of the node's box. */
  w: number;
  h: number;
  /** What the node is called on the map: a scene's moment, a checkpoint's short label, an ending's title. */
  name: string;
  /** The name wrapped to fit the box (at most MAP_NODE.lines lines, the last one cut with "…" if need be). */
  lines: string[];
}
/** An arrow of the map: a choice (scene → next) or a checkpoint route. */
export interface MapEdge {
  from: string;
  to: string;
}
/** An arrow as drawn: the points of its line, from the border of `from` to the border of `to`. */
export interface MapArrow extends MapEdge {
  points: [number, number][];
}
/** The laid-out map. */
export interface ScenarioMap {
  nodes: MapNode[];
  edges: MapArrow[];
  width: number;
  height: number;
}

/** Size of a node's box, the wrapping of its name and the spacing of the drawing, in SVG units (1 unit = 1 CSS px). */
export const MAP_NODE = { w: 168, h: 62, chars: 22, lines: 3, lineHeight: 15 } as const;
/** Gaps: between nodes of a row, beside a waypoint, between rows, and around the drawing. */
export const MAP_GAP = { x: 28, lane: 14, y: 56, margin: 12 } as const;

/** Arrows out of a node, in file order. */
function targetsOf(scenario: Scenario, id: string): string[] {
  const scene = scenario.scenes.find((s) => s.id === id);
  if (scene) return [...new Set(scene.choices.map((c) => c.next))];
  const cp = scenario.checkpoints.find((c) => c.id === id);
  return cp ? [...new Set([...cp.routes.map((r) => r.next), cp.otherwise])] : [];
}

/** A checkpoint's short label, from its id: "after-wednesday" → "After wednesday". */
export function checkpointLabel(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Wraps words into lines of at most `chars` characters; past `lines` lines the last one ends with "…". */
export function wrapLabel(text: string, chars: number = MAP_NODE.chars, lines: number = MAP_NODE.lines): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= chars || !line) line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  const cut = out.map((l) => (l.length > chars ? `${l.slice(0, chars - 1)}…` : l));
  if (cut.length <= lines) return cut;
  const last = cut[lines - 1] ?? '';
  return [...cut.slice(0, lines - 1), `${last.length >= chars ? last.slice(0, chars - 1) : last}…`];
}

/** The name a node goes by on the map. */
function nameOf(scenario: Scenario, id: string, kind: NodeKind): string {
  if (kind === 'scene') return scenario.scenes.find((s) => s.id === id)?.moment ?? id;
  if (kind === 'ending') return scenario.endings.find((e) => e.id === id)?.title ?? id;
  return scenario.checkpoints.find((c) => c.id === id)?.label ?? checkpointLabel(id);
}

/** Least squares placement of values in a fixed order with minimum gaps (pool adjacent violators). */
function placeInOrder(want: number[], gap: number[], weight: number[]): number[] {
  // With offsets o_i (sum of gaps before i), positions p_i = o_i + q_i need q non-decreasing: isotonic regression.
  const offset: number[] = [];
  let sum = 0;
  for (let i = 0; i < want.length; i++) {
    offset.push(sum);
    sum += gap[i] ?? 0;
  }
  const blocks: { value: number; weight: number; size: number }[] = [];
  for (let i = 0; i < want.length; i++) {
    blocks.push({ value: (want[i] ?? 0) - (offset[i] ?? 0), weight: weight[i] ?? 1, size: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1] as (typeof blocks)[number];
      const a = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (a.value <= b.value) break;
      const w = a.weight + b.weight;
      blocks.splice(-2, 2, { value: (a.value * a.weight + b.value * b.weight) / w, weight: w, size: a.size + b.size });
    }
  }
  const out: number[] = [];
  for (const b of blocks) for (let k = 0; k < b.size; k++) out.push(b.value + (offset[out.length] ?? 0));
  return out;
}

/** Lays the scenario out top to bottom: rows by longest distance from the start, endings on the last row. */
export function layoutMap(scenario: Scenario): ScenarioMap {
  const kinds = nodeKinds(scenario);
  const order = [
    ...scenario.scenes.map((s) => s.id),
    ...scenario.checkpoints.map((c) => c.id),
    ...scenario.endings.map((e) => e.id),
  ];
  const edges: MapEdge[] = order.flatMap((from) => targetsOf(scenario, from).map((to) => ({ from, to })));

  // 1. Break loops: an arrow back to a node still being visited is laid out reversed (drawn the right way round).
  const state = new Map<string, 'open' | 'done'>();
  const reversed = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const to of targetsOf(scenario, id)) {
      if (state.get(to) === 'open') reversed.add(`${id}>${to}`);
      else if (!state.has(to)) visit(to);
    }
    state.set(id, 'done');
  };
  visit(scenario.start);
  for (const id of order) if (!state.has(id)) visit(id);
  const down = edges.map((e) => (reversed.has(`${e.from}>${e.to}`) ? { from: e.to, to: e.from } : e));

  // 2. Rows: longest distance from a node without arrows in, endings together on the row below everything else.
  const into = new Map<string, string[]>(order.map((id) => [id, []]));
  for (const e of down) into.get(e.to)?.push(e.from);
  const row = new Map<string, number>();
  const rowOf = (id: string): number => {
    const known = row.get(id);
    if (known !== undefined) return known;
    const r = Math.max(-1, ...(into.get(id) ?? []).map(rowOf)) + 1;
    row.set(id, r);
    return r;
  };
  for (const id of order) rowOf(id);
  const lastRow = Math.max(0, ...order.filter((id) => kinds.get(id) !== 'ending').map((id) => row.get(id) ?? 0)) + 1;
  for (const e of scenario.endings) row.set(e.id, lastRow);

  // 3. Waypoints: an arrow that spans rows gets one on every row between (laid out like a thin node).
  interface Item {
    id: string;
    real: boolean;
    x: number;
  }
  const rows: Item[][] = Array.from({ length: lastRow + 1 }, () => []);
  const items = new Map<string, Item>();
  const add = (id: string, r: number, real: boolean) => {
    const item = { id, real, x: 0 };
    rows[r]?.push(item);
    items.set(id, item);
  };
  for (const id of order) add(id, row.get(id) ?? lastRow, true);
  const chains: string[][] = []; // per arrow of `down`: the ids from top to bottom
  const links: [string, string][] = []; // every link between neighbouring rows
  down.forEach((e, i) => {
    const chain = [e.from];
    for (let r = (row.get(e.from) ?? 0) + 1; r < (row.get(e.to) ?? 0); r++) {
      const id = `\u0000${i}:${r}`;
      add(id, r, false);
      chain.push(id);
    }
    chain.push(e.to);
    chains.push(chain);
    for (let k = 1; k < chain.length; k++) links.push([chain[k - 1] as string, chain[k] as string]);
  });
  const above = new Map<string, string[]>();
  const below = new Map<string, string[]>();
  for (const [a, b] of links) {
    below.set(a, [...(below.get(a) ?? []), b]);
    above.set(b, [...(above.get(b) ?? []), a]);
  }

  // 4. Order each row to cut crossings: barycentre sweeps down and up, keeping the best order seen.
  const pos = new Map<string, number>();
  const index = () => {
    for (const r of rows)
      r.forEach((it, i) => {
        pos.set(it.id, i);
      });
  };
  index();
  const crossings = () => {
    let n = 0;
    const byRow = new Map<number, [number, number][]>();
    for (const [a, b] of links) {
      const r = row.get(a) ?? rowOfWaypoint(a);
      byRow.set(r, [...(byRow.get(r) ?? []), [pos.get(a) ?? 0, pos.get(b) ?? 0]]);
    }
    for (const list of byRow.values())
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const [a1, b1] = list[i] as [number, number];
          const [a2, b2] = list[j] as [number, number];
          if ((a1 - a2) * (b1 - b2) < 0) n++;
        }
    return n;
  };
  function rowOfWaypoint(id: string): number {
    return Number(id.slice(id.indexOf(':') + 1));
  }
  const sweep = (r: number, from: Map<string, string[]>) => {
    const list = rows[r] ?? [];
    const bary = new Map(
      list.map((it) => {
        const ns = from.get(it.id) ?? [];
        const b = ns.length ? ns.reduce((s, n) => s + (pos.get(n) ?? 0), 0) / ns.length : (pos.get(it.id) ?? 0);
        return [it.id, b] as const;
      }),
    );
    list.sort((a, b) => (bary.get(a.id) ?? 0) - (bary.get(b.id) ?? 0));
    list.forEach((it, i) => {
      pos.set(it.id, i);
    });
  };
  let best = crossings();
  let bestOrder = rows.map((r) => [...r]);
  for (let pass = 0; pass < 12 && best > 0; pass++) {
    if (pass % 2 === 0) for (let r = 1; r < rows.length; r++) sweep(r, above);
    else for (let r = rows.length - 2; r >= 0; r--) sweep(r, below);
    const n = crossings();
    if (n < best) {
      best = n;
      bestOrder = rows.map((r) => [...r]);
    }
  }
  rows.splice(0, rows.length, ...bestOrder);
  index();

  // 5. Place left to right: each item as near the mean of its neighbours as order and spacing allow.
  const half = (it: Item) => (it.real ? MAP_NODE.w / 2 : 0);
  const gapAfter = (r: Item[], i: number) => {
    const a = r[i] as Item;
    const b = r[i + 1];
    if (!b) return 0;
    return half(a) + half(b) + (a.real && b.real ? MAP_GAP.x : MAP_GAP.lane);
  };
  for (const r of rows) {
    let x = 0;
    r.forEach((it, i) => {
      it.x = x;
      x += gapAfter(r, i);
    });
  }
  const place = (r: Item[], from: Map<string, string[]>) => {
    const want = r.map((it) => {
      const ns = from.get(it.id) ?? [];
      return ns.length ? ns.reduce((s, n) => s + (items.get(n)?.x ?? 0), 0) / ns.length : it.x;
    });
    const placed = placeInOrder(
      want,
      r.map((_, i) => gapAfter(r, i)),
      r.map((it) => (it.real ? 1 : 4)), // waypoints pull harder: long arrows stay straight
    );
    r.forEach((it, i) => {
      it.x = placed[i] ?? it.x;
    });
  };
  for (let pass = 0; pass < 16; pass++) {
    if (pass % 2 === 0) for (let r = 1; r < rows.length; r++) place(rows[r] ?? [], above);
    else for (let r = rows.length - 2; r >= 0; r--) place(rows[r] ?? [], below);
  }
  const left = Math.min(...rows.flatMap((r) => r.map((it) => it.x - half(it))));
  const right = Math.max(...rows.flatMap((r) => r.map((it) => it.x + half(it))));
  const shift = MAP_GAP.margin - left;
  const rowY = (r: number) => MAP_GAP.margin + r * (MAP_NODE.h + MAP_GAP.y) + MAP_NODE.h / 2;

  const nodes: MapNode[] = rows.flatMap((r, i) =>
    r
      .filter((it) => it.real)
      .map((it) => {
        const kind = kinds.get(it.id) ?? 'scene';
        const name = nameOf(scenario, it.id, kind);
        return {
          id: it.id,
          kind,
          x: it.x + shift,
          y: rowY(i),
          w: MAP_NODE.w,
          h: MAP_NODE.h,
          name,
          lines: wrapLabel(name),
        };
      }),
  );

  // 6. Arrows: out of the bottom of a node (ports spread in the order of their targets), straight down through each
  // waypoint, into the top of the next node (ports spread in the order of their sources).
  const xOf = (id: string) => (items.get(id)?.x ?? 0) + shift;
  const ports = (id: string, others: string[]) => {
    const sorted = [...others].sort((a, b) => xOf(a) - xOf(b));
    const step = Math.min(24, (MAP_NODE.w * 0.7) / Math.max(1, sorted.length - 1));
    return new Map(sorted.map((o, k) => [o, xOf(id) + (k - (sorted.length - 1) / 2) * step]));
  };
  const outPorts = new Map([...below].map(([id, ns]) => [id, ports(id, ns)]));
  const inPorts = new Map([...above].map(([id, ns]) => [id, ports(id, ns)]));
  const stub = 8;
  const arrows: MapArrow[] = edges.map((e, i) => {
    const chain = chains[i] as string[];
    const top = chain[0] as string;
    const bottom = chain[chain.length - 1] as string;
    const points: [number, number][] = [];
    const startX = outPorts.get(top)?.get(chain[1] as string) ?? xOf(top);
    const startY = rowY(row.get(top) ?? 0) + MAP_NODE.h / 2;
    points.push([startX, startY], [startX, startY + stub]);
    for (const w of chain.slice(1, -1)) {
      const y = rowY(rowOfWaypoint(w));
      points.push([xOf(w), y - MAP_NODE.h / 2 - stub], [xOf(w), y + MAP_NODE.h / 2 + stub]);
    }
    const endX = inPorts.get(bottom)?.get(chain[chain.length - 2] as string) ?? xOf(bottom);
    const endY = rowY(row.get(bottom) ?? 0) - MAP_NODE.h / 2;
    points.push([endX, endY - stub], [endX, endY]);
    return { ...e, points: reversed.has(`${e.from}>${e.to}`) ? points.reverse() : points };
  });
  return {
    nodes,
    edges: arrows,
    width: right - left + 2 * MAP_GAP.margin,
    height: rowY(lastRow) + MAP_NODE.h / 2 + MAP_GAP.margin,
  };
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
