import { useEffect, useRef } from 'react';
import {
  scenarioLabels as L,
  layoutMap,
  mapLabels as M,
  MAP_NODE,
  type MapEdge,
  type MapNode,
  type Scenario,
} from '../../scenarios';

interface Props {
  scenario: Scenario;
  /** The route of this play (from the play module): nodes and arrows, checkpoint hops included. */
  route: { nodes: readonly string[]; edges: readonly MapEdge[] };
  ending: string;
  found: readonly string[];
}

const key = (e: MapEdge) => `${e.from}>${e.to}`;

/** The outline of a node: a box for a scene, a six-sided box for a checkpoint, a pill for an ending. */
function Shape({ node }: { node: MapNode }) {
  const w = node.w / 2;
  const h = node.h / 2;
  if (node.kind === 'checkpoint') {
    const p = 16;
    return <polygon points={`${-w},0 ${-w + p},${-h} ${w - p},${-h} ${w},0 ${w - p},${h} ${-w + p},${h}`} />;
  }
  return <rect x={-w} y={-h} width={node.w} height={node.h} rx={node.kind === 'ending' ? h : 6} />;
}

/**
 * SVG map of every scene, checkpoint and ending, each named by its moment, short label or title, with this play's
 * route drawn solid and numbered and the parts not explored yet dashed; plus the same map in words.
 */
export function ScenarioMap({ scenario, route, ending, found }: Props) {
  const map = layoutMap(scenario);
  const onPath = new Set(route.nodes);
  const edgeOnPath = new Set(route.edges.map(key));
  const endingById = new Map(scenario.endings.map((e) => [e.id, e]));
  const sceneIndex = new Map(scenario.scenes.map((s, i) => [s.id, i]));
  const checkpoints = new Map(scenario.checkpoints.map((c) => [c.id, c]));
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const hidden = (id: string) => endingById.has(id) && !found.includes(id);
  // The decision number at each scene of the route (a scene met twice keeps both numbers).
  const steps = new Map<string, number[]>();
  let decision = 0;
  for (const id of route.nodes) if (sceneIndex.has(id)) steps.set(id, [...(steps.get(id) ?? []), ++decision]);
  const explored = (id: string) => onPath.has(id) || (endingById.has(id) && !hidden(id));
  const edges = [...map.edges].sort((a, b) => Number(edgeOnPath.has(key(a))) - Number(edgeOnPath.has(key(b))));

  const describe = (id: string) => {
    const i = sceneIndex.get(id);
    if (i !== undefined) return M.mapScene(scenario.scenes[i]?.moment ?? id);
    const cp = checkpoints.get(id);
    if (cp) return M.mapCheckpoint(byId.get(id)?.name ?? id, cp.question);
    const e = endingById.get(id);
    return e && !hidden(id) ? M.mapEnding(e.title, L.tone[e.tone].toLowerCase()) : M.hiddenEnding;
  };
  /** A node as a target in the map in words: its moment, short label or title, without the question. */
  const shortName = (id: string) => {
    const node = byId.get(id);
    if (!node) return id;
    if (node.kind === 'scene') return node.name;
    if (node.kind === 'checkpoint') return M.mapCheckpointShort(node.name);
    return hidden(id) ? M.mapHiddenTarget : node.name;
  };
  const status = (id: string) => {
    if (id === ending) return M.youAreHere;
    const at = steps.get(id);
    if (at?.length) return M.mapDecisions(at);
    if (onPath.has(id)) return M.onYourPath;
    return explored(id) ? '' : M.notExplored;
  };
  // On a narrow screen the map scrolls sideways: start with the middle of this play's route in view.
  const scroller = useRef<HTMLElement>(null);
  const routeKey = route.nodes.join('>');
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-centre only when the route changes
  useEffect(() => {
    const el = scroller.current;
    const xs = route.nodes.map((id) => byId.get(id)?.x).filter((x): x is number => x !== undefined);
    if (!el || el.scrollWidth <= el.clientWidth || xs.length === 0) return;
    const middle = xs.reduce((a, b) => a + b, 0) / xs.length;
    el.scrollLeft = middle * (el.scrollWidth / map.width) - el.clientWidth / 2;
  }, [routeKey]);
  const lines = (node: MapNode) => (hidden(node.id) ? [M.mapHiddenNode] : node.lines);

  return (
    <section className="sp-map" aria-labelledby="sp-map-h">
      <h3 id="sp-map-h">{M.mapHeading}</h3>
      <p className="sp-found">
        <strong>{M.endingsFound(found.length, scenario.endings.length)}</strong>
      </p>
      <p className="sp-legend">{M.mapLegend}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide map scrolls sideways; keyboard users need to reach it */}
      <section ref={scroller} className="sp-map-scroll" tabIndex={0} aria-label={M.mapScroll}>
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          width={map.width}
          height={map.height}
          role="img"
          aria-labelledby="sp-map-title sp-map-desc"
        >
          <title id="sp-map-title">{M.mapHeading}</title>
          <desc id="sp-map-desc">{M.mapDescription}</desc>
          <defs>
            <marker
              id="sp-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="9"
              markerHeight="9"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" className="sp-arrowhead" />
            </marker>
            <marker
              id="sp-arrow-on"
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="12"
              markerHeight="12"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" className="sp-arrowhead on" />
            </marker>
          </defs>
          {edges.map((e) => {
            const on = edgeOnPath.has(key(e));
            return (
              <polyline
                key={key(e)}
                points={e.points.map(([x, y]) => `${x},${y}`).join(' ')}
                className={on ? 'sp-edge on' : 'sp-edge'}
                markerEnd={on ? 'url(#sp-arrow-on)' : 'url(#sp-arrow)'}
              />
            );
          })}
          {map.nodes.map((node) => {
            const e = endingById.get(node.id);
            const text = lines(node);
            const at = steps.get(node.id);
            const cls = [
              'sp-node',
              node.kind,
              onPath.has(node.id) ? 'on' : '',
              explored(node.id) ? 'explored' : 'unexplored',
              node.id === ending ? 'here' : '',
              hidden(node.id) ? 'hidden' : '',
              e ? `tone-${e.tone}` : '',
            ].join(' ');
            return (
              <g key={node.id} className={cls} transform={`translate(${node.x} ${node.y})`}>
                <title>{`${describe(node.id)}${status(node.id) ? ` (${status(node.id)})` : ''}`}</title>
                <Shape node={node} />
                {node.id === ending && (
                  <rect
                    className="sp-here"
                    x={-node.w / 2 - 5}
                    y={-node.h / 2 - 5}
                    width={node.w + 10}
                    height={node.h + 10}
                    rx={node.h / 2 + 5}
                  />
                )}
                <text textAnchor="middle">
                  {text.map((line, k) => (
                    <tspan
                      // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, fixed order
                      key={k}
                      x={0}
                      y={(k - (text.length - 1) / 2) * MAP_NODE.lineHeight}
                      dominantBaseline="central"
                    >
                      {line}
                    </tspan>
                  ))}
                </text>
                {at?.length ? (
                  <g className="sp-step" transform={`translate(${-node.w / 2} ${-node.h / 2})`}>
                    <circle r={11} />
                    <text textAnchor="middle" dominantBaseline="central">
                      {at.join(',')}
                    </text>
                  </g>
                ) : null}
              </g>
            );
          })}
        </svg>
      </section>
      <details className="sp-map-text">
        <summary>{M.mapTextHeading}</summary>
        <ul>
          {map.nodes.map((node) => {
            const next = map.edges.filter((e) => e.from === node.id).map((e) => e.to);
            return (
              <li key={node.id}>
                {describe(node.id)}
                {status(node.id) ? ` (${status(node.id)})` : ''}
                {next.length > 0 && `. ${M.mapLeadsTo(next.map(shortName))}`}
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
