import { scenarioLabels as L, layoutMap, MAP_GAP, type MapEdge, type Scenario } from '../../scenarios';

interface Props {
  scenario: Scenario;
  /** The route of this play (from the play module): nodes and arrows, checkpoint hops included. */
  route: { nodes: readonly string[]; edges: readonly MapEdge[] };
  ending: string;
  found: readonly string[];
}

const W = 68; // node box width
const H = 40; // node box height

/** SVG map of every scene, checkpoint and ending with the learner's path highlighted, plus the same map in words. */
export function ScenarioMap({ scenario, route, ending, found }: Props) {
  const map = layoutMap(scenario);
  const taken = route;
  const onPath = new Set(taken.nodes);
  const edgeOnPath = new Set(taken.edges.map((e) => `${e.from}>${e.to}`));
  const at = new Map(map.nodes.map((n) => [n.id, n]));
  const endingById = new Map(scenario.endings.map((e) => [e.id, e]));
  const sceneIndex = new Map(scenario.scenes.map((s, i) => [s.id, i]));
  const edges = [...map.edges].sort(
    (a, b) => Number(edgeOnPath.has(`${a.from}>${a.to}`)) - Number(edgeOnPath.has(`${b.from}>${b.to}`)),
  );
  const describe = (id: string) => {
    const i = sceneIndex.get(id);
    if (i !== undefined) return `${L.scene(i + 1)}: ${scenario.scenes[i]?.moment}`;
    const cp = scenario.checkpoints.find((c) => c.id === id);
    if (cp) return `${L.checkpoint}: ${cp.question}`;
    const e = endingById.get(id);
    return e && found.includes(id)
      ? `${L.ending} ${String.fromCharCode(65 + scenario.endings.indexOf(e))}: ${e.title} (${L.tone[e.tone].toLowerCase()})`
      : L.hiddenEnding;
  };
  return (
    <section className="sp-map" aria-labelledby="sp-map-h">
      <h3 id="sp-map-h">{L.mapHeading}</h3>
      <p className="sp-found">
        <strong>{L.endingsFound(found.length, scenario.endings.length)}</strong>
      </p>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby="sp-map-title sp-map-desc"
        style={{ maxWidth: `${map.width * 1.25}px` }}
      >
        <title id="sp-map-title">{L.mapHeading}</title>
        <desc id="sp-map-desc">{L.mapDescription}</desc>
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
            refX="9"
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
          const a = at.get(e.from);
          const b = at.get(e.to);
          if (!a || !b) return null;
          const on = edgeOnPath.has(`${e.from}>${e.to}`);
          const down = b.y > a.y;
          const y1 = a.y + (down ? H / 2 : -H / 2);
          const y2 = b.y + (down ? -H / 2 : H / 2);
          // Arrows that skip a row (or loop back up) bend sideways so they do not run through the nodes between.
          const xAt = (y: number) => a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y);
          const blocked = map.nodes.some(
            (n) => n.y > Math.min(a.y, b.y) && n.y < Math.max(a.y, b.y) && Math.abs(xAt(n.y) - n.x) < W / 2 + 6,
          );
          const skips = !down || blocked;
          // Bend away from the centre; arrows down the middle alternate sides row by row so they do not pile up.
          const mid = (a.x + b.x) / 2;
          const side =
            Math.abs(mid - map.width / 2) > 1
              ? Math.sign(mid - map.width / 2)
              : Math.round(a.y / MAP_GAP.y - 0.5) % 2
                ? 1
                : -1;
          const rows = Math.max(1, Math.round(Math.abs(b.y - a.y) / MAP_GAP.y) - 1);
          const cx = mid + (skips ? side * MAP_GAP.x * Math.min(1.2, 0.45 * rows + 0.3) : 0);
          const cy = (y1 + y2) / 2;
          return (
            <path
              key={`${e.from}>${e.to}`}
              d={`M${a.x} ${y1}Q${cx} ${cy} ${b.x} ${y2}`}
              className={on ? 'sp-edge on' : 'sp-edge'}
              markerEnd={on ? 'url(#sp-arrow-on)' : 'url(#sp-arrow)'}
            />
          );
        })}
        {map.nodes.map((n) => {
          const e = endingById.get(n.id);
          const hidden = n.kind === 'ending' && !found.includes(n.id);
          const cls = [
            'sp-node',
            n.kind,
            onPath.has(n.id) ? 'on' : '',
            n.id === ending ? 'here' : '',
            hidden ? 'hidden' : '',
            e ? `tone-${e.tone}` : '',
          ].join(' ');
          return (
            <g key={n.id} className={cls} transform={`translate(${n.x} ${n.y})`}>
              <title>{describe(n.id)}</title>
              {n.kind === 'checkpoint' ? (
                <polygon points={`0,${-H / 2} ${W / 2},0 0,${H / 2} ${-W / 2},0`} />
              ) : (
                <rect x={-W / 2} y={-H / 2} width={W} height={H} rx={n.kind === 'ending' ? H / 2 : 6} />
              )}
              <text textAnchor="middle" dominantBaseline="central">
                {hidden ? '?' : n.short}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="sp-legend">{L.mapLegend}</p>
      <details className="sp-map-text">
        <summary>{L.mapTextHeading}</summary>
        <ul>
          {map.nodes.map((n) => (
            <li key={n.id}>
              {describe(n.id)}
              {n.id === ending ? ` (${L.youAreHere})` : onPath.has(n.id) ? ` (${L.onYourPath})` : ''}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
