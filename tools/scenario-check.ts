// The writers' checker: validates one scenario file exactly as the build does (same schema, same engine, cast ids
// from this checkout's content/cast), then prints the numbers the model tests enforce and, with --routes, every
// route to every ending so a writer can read whether each ending's text is true on each route.
// Run: npm run scenario:check -- content/scenarios/<id>.yaml [--routes]
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import {
  compileScenario,
  conditionText,
  enumerateRoutes,
  reachableStates,
  type Scenario,
  scenarioStats,
  statsProblems,
} from '../src/scenarios';
import { makeScenarioSchema, readCastIds } from '../src/schemas/scenario';

const args = process.argv.slice(2);
const showRoutes = args.includes('--routes');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: npm run scenario:check -- content/scenarios/<id>.yaml [--routes]');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}
const id = basename(file).replace(/\.ya?ml$/, '');
// content root: the folder above scenarios/ when the file sits in one, else this checkout's content/
const root = basename(dirname(resolve(file))) === 'scenarios' ? dirname(dirname(resolve(file))) : resolve('content');

const source = readFileSync(file, 'utf8');
const lines = new LineCounter();
const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true });
if (doc.errors.length) {
  for (const e of doc.errors) console.error(`${file}:${e.linePos?.[0].line ?? 0}: ${e.message.split('\n')[0]}`);
  process.exit(1);
}
const raw = doc.toJS();

/** Where a path points in the file, with scenes, choices and endings named by id instead of position. */
function locate(path: readonly PropertyKey[]) {
  const named: string[] = [];
  let node: unknown = doc.contents;
  let line = 0;
  for (const key of path) {
    let next: unknown;
    if (isSeq(node) && typeof key === 'number') {
      next = node.items[key];
      const itemId = isMap(next) ? next.get('id') : undefined;
      named[named.length - 1] = `${named.at(-1)}[${typeof itemId === 'string' ? itemId : key + 1}]`;
    } else if (isMap(node)) {
      next = node.get(key as string, true);
      named.push(String(key));
    } else named.push(String(key));
    node = next;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) line = lines.linePos(range[0]).line;
  }
  return { where: named.join('.'), line };
}

// cast ids from this checkout's content/cast; the other side of a pair next to the file itself
const cast = readCastIds(resolve('content'));
const schema = makeScenarioSchema({ root, id, castIds: () => cast });
const parsed = schema.safeParse(raw);
if (!parsed.success) {
  for (const issue of parsed.error.issues) {
    const { where, line } = locate(issue.path);
    console.error(`${file}:${line}: ${where ? `${where}: ` : ''}${issue.message}`);
  }
  console.error(`\n${parsed.error.issues.length} error(s); the build would fail on this file.`);
  process.exit(1);
}

const scenario = parsed.data as Scenario;
const t0 = performance.now();
const map = reachableStates(scenario, compileScenario(scenario));
const ms = performance.now() - t0;
const stats = scenarioStats(scenario, map);
const pct = (n: number) => `${Math.round((n / Math.max(1, stats.routes)) * 1000) / 10} %`;
const out: string[] = [];
out.push(`${file}: valid (${map.states.size} reachable states, walked in ${ms.toFixed(0)} ms)`);
out.push('');
out.push(`Complete routes: ${stats.routes}`);
for (const e of stats.byEnding) out.push(`  ${e.tone.padEnd(5)} ${e.id} (${e.title}): ${e.routes} (${pct(e.routes)})`);
out.push(`By tone: good ${stats.byTone.good}, mixed ${stats.byTone.mixed}, bad ${stats.byTone.bad}`);
out.push(`Share ending good: ${pct(stats.byTone.good)} (must be at most 40 %)`);
out.push(`Decisions per route: ${stats.minDecisions} to ${stats.maxDecisions} (every route needs at least 4)`);
out.push(
  `Longest label is the best choice in ${stats.longestIsBest} of ${stats.decisions.length} decisions (at most a third)`,
);
for (const d of stats.decisions)
  out.push(
    `  ${d.scene}: best ${d.best.map((i) => i + 1).join('/')}, longest ${d.longest + 1}, shortest ${d.shortest + 1}${d.longestIsBest ? '  <- longest is best' : ''}${d.shortestIsBest ? '  (shortest is best)' : ''}`,
  );
out.push(`Best choice always in the same position: ${stats.samePosition ? 'yes (fails)' : 'no'}`);
out.push(`Some best choice is the shortest label: ${stats.shortestBestSomewhere ? 'yes' : 'no (fails)'}`);
const problems = statsProblems(stats, scenario);
out.push('');
out.push(
  problems.length
    ? `Rules not met (the model tests fail):\n${problems.map((p) => `  - ${p}`).join('\n')}`
    : 'All measured rules met.',
);

if (showRoutes) {
  const { paths, complete } = enumerateRoutes(scenario, { map, limit: 20_000 });
  const scenes = new Map(scenario.scenes.map((s) => [s.id, s]));
  const meters = (m: Record<string, number>) =>
    Object.entries(m)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  for (const ending of scenario.endings) {
    const to = paths.filter((p) => p.ending === ending.id);
    out.push('', `== ${ending.title} (${ending.tone}, ${ending.id}): ${to.length} route(s)`);
    to.forEach((p, n) => {
      out.push(`  Route ${n + 1}:`);
      for (const d of p.decisions) {
        const label = scenes.get(d.scene)?.choices[d.choice]?.label ?? '?';
        const hops = d.hops
          .map((h) => {
            const cp = scenario.checkpoints.find((c) => c.id === h.checkpoint);
            const rule = h.rule >= 0 ? cp?.routes[h.rule] : undefined;
            const why = rule ? conditionText(rule.when, scenario.meters, scenario.facts) : 'no rule held (otherwise)';
            return ` -> [${h.checkpoint}: ${why}]`;
          })
          .join('');
        out.push(`    ${d.scene}: ${label.replace(/\s+/g, ' ')}${hops}`);
      }
      out.push(`    facts: ${p.facts.length ? p.facts.join(', ') : 'none'}`);
      out.push(`    meters: ${meters(p.meters)}`);
    });
  }
  if (!complete) out.push('', 'Only the first 20,000 routes are listed.');
}
console.log(out.join('\n'));
// exitCode, not exit(): exit() can cut a long --routes listing short before stdout has drained.
process.exitCode = problems.length ? 1 : 0;
