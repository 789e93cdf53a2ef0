#!/usr/bin/env node
// `npm run bench`: builds the real site and a generated stress corpus, measures them in headless Chromium and with
// Lighthouse, prints a table, writes bench/results.json and exits non-zero when a budget fails. Figures, not tests:
// it is not part of `npm test`. Options: --skip-stress, --skip-lighthouse, --lighthouse-runs=N (default 3).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureFloor, verificationTimes } from './floor.mjs';
import { runLighthouse } from './lighthouse.mjs';
import {
  firstMove,
  hydrateIslands,
  launch,
  measureOffline,
  measurePage,
  openSearchAndQuery,
  sizes,
} from './measure.mjs';
import { serve } from './serve.mjs';
import { writeStressCorpus } from './stress-corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
/** Lighthouse runs per page; the median is kept (--lighthouse-runs=N). */
const lighthouseRuns = Number(process.argv.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 3);
const work = mkdtempSync(join(tmpdir(), 'stl-bench-'));
const KB = 1024;

/** The budgets from issue 6; transfer figures use gzip (brotli is smaller still). */
const budgets = {
  contentStartJsGzip: 5 * KB,
  contentHtmlGzip: 14 * KB,
  contentTransferGzip: 30 * KB,
  totalCssGzip: 15 * KB,
  /** Issue 11: the scenario page may transfer the framework floor (measured here) plus at most this much. */
  scenarioBeyondFloorGzip: 20 * KB,
  lighthouse: 100,
  /** Half of Starlight's 45 ms a page (1,000 pages, search index included). */
  stressMsPerPage: 22.5,
};

/** Page types and the page measured for each (the first entry of the section when the preferred one is gone). */
const pageTypes = {
  home: ['/'],
  accountability: ['/roles/product-owner/', '/roles/'],
  event: ['/events/sprint-planning/', '/events/'],
  topic: ['/topics/forecasts-not-promises/', '/topics/'],
  scenario: ['/scenarios/just-squeeze-it-in/', '/scenarios/'],
  search: ['/search/'],
  workshop: ['/workshop/'],
};
const contentTypes = ['home', 'accountability', 'event', 'topic'];

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function main() {
  const results = { date: new Date().toISOString(), budgets, checks: [] };

  console.log('▶ Framework floor and verification time per scenario …');
  results.floor = await measureFloor(root, work);
  results.verification = await verificationTimes(root, join(root, process.env.CONTENT_DIR ?? 'content'));

  console.log('▶ Building the real site …');
  const real = build({ OUT_DIR: join(work, 'site'), CACHE_DIR: join(work, 'cache-site') });
  results.build = {
    seconds: real.seconds,
    pages: real.pages,
    msPerPage: real.msPerPage,
    searchIndex: real.searchIndex,
  };

  const server = await serve(real.outDir);
  const browser = await launch();
  try {
    const available = new Set(htmlPages(real.outDir));
    const chosen = Object.fromEntries(
      Object.entries(pageTypes).map(([type, candidates]) => [type, pickPage(candidates, available)]),
    );
    results.pages = {};
    for (const [type, path] of Object.entries(chosen)) {
      if (!path) continue;
      console.log(`▶ Measuring ${type} (${path}) …`);
      // Islands hydrate (client:visible) as the visitor scrolls; a scenario's story text comes with the learner's first
      // move, search's code and index on first use.
      const steps = { hydrate: hydrateIslands, play: firstMove, search: (page) => openSearchAndQuery(page) };
      const m = await measurePage(browser, new URL(path.slice(1), server.url).href, steps);
      results.pages[type] = summarise(path, m);
    }
    console.log('▶ Offline: a first visit, then a repeat visit to every measured page …');
    results.offline = await measureOffline(
      browser,
      Object.values(chosen)
        .filter(Boolean)
        .map((path) => new URL(path.slice(1), server.url).href),
    );
    results.css = cssTotals(real.outDir);
    results.pagefind = pagefindFigures(real.outDir, results.pages.home);

    if (!args.has('--skip-lighthouse')) {
      console.log('▶ Lighthouse (mobile) …');
      const urls = {};
      for (const type of ['home', 'accountability', 'scenario', 'search']) {
        if (chosen[type]) urls[type] = new URL(chosen[type].slice(1), server.url).href;
      }
      results.lighthouse = await runLighthouse(urls, lighthouseRuns);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  if (!args.has('--skip-stress')) results.stress = await stress();

  checkBudgets(results);
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTables(results);
  const failed = results.checks.filter((c) => !c.pass);
  console.log(`\n${results.checks.length - failed.length} budgets met, ${failed.length} failed (bench/results.json)`);
  process.exitCode = failed.length ? 1 : 0;
}

function build(env) {
  const start = performance.now();
  // Astro's own entry run by this Node (24 under npm scripts), not whichever `node` comes first on PATH.
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    console.error(
      `${result.stdout}\n${result.stderr}`
        .split('\n')
        .filter((l) => !l.includes('head-inject'))
        .slice(-40)
        .join('\n'),
    );
    throw new Error('the build failed (see above)');
  }
  const pages = htmlPages(env.OUT_DIR).length;
  const pagefindDir = join(env.OUT_DIR, 'pagefind');
  const searchIndex = exists(pagefindDir) ? folderSize(pagefindDir) : null;
  return {
    outDir: env.OUT_DIR,
    seconds: round(seconds, 1),
    pages,
    msPerPage: round((seconds * 1000) / pages, 1),
    searchIndex,
  };
}

async function stress() {
  console.log('▶ Generating the stress corpus (1,000 topic pages, 200 scenarios) and building it …');
  const corpus = writeStressCorpus(join(work, 'stress'), join(root, process.env.CONTENT_DIR ?? 'content'));
  const built = build({
    CONTENT_DIR: corpus.content,
    OUT_DIR: join(work, 'stress-site'),
    CACHE_DIR: join(work, 'cache-stress'),
  });
  const topicHtml = corpus.topicPaths.map((p) => readFileSync(join(built.outDir, p, 'index.html')));
  const realTopics = htmlPages(join(work, 'site'))
    .filter((p) => p.startsWith('/topics/') && p !== '/topics/')
    .map((p) => readFileSync(join(work, 'site', p, 'index.html')));
  const chrome = (bufs) => Math.max(...bufs.map((b) => b.toString('utf8').replace(/<main[\s\S]*<\/main>/, '').length));
  const gz = (bufs) => bufs.map((b) => sizes(b).gzip).sort((a, b) => a - b);
  const stressGz = gz(topicHtml);
  const out = {
    pages: built.pages,
    generated: { topics: corpus.topicPaths.length, scenarios: corpus.scenarioPaths.length },
    seconds: built.seconds,
    msPerPage: built.msPerPage,
    searchIndex: built.searchIndex,
    topicHtmlGzip: { median: stressGz[Math.floor(stressGz.length / 2)], max: stressGz.at(-1) },
    chromeBytes: { stress: chrome(topicHtml), real: realTopics.length ? chrome(realTopics) : null },
  };
  const server = await serve(built.outDir);
  const browser = await launch();
  try {
    const path = corpus.topicPaths[500];
    const m = await measurePage(browser, new URL(path.slice(1), server.url).href, {
      search: (page) => openSearchAndQuery(page),
    });
    out.samplePage = summarise(path, m);
    if (!args.has('--skip-lighthouse')) {
      console.log('▶ Lighthouse on a stress page …');
      out.lighthouse = (
        await runLighthouse({ stressTopic: new URL(path.slice(1), server.url).href }, lighthouseRuns)
      ).stressTopic;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

function summarise(path, m) {
  const t = (key) => m.totals[key] ?? { raw: 0, gzip: 0, br: 0, count: 0 };
  return {
    path,
    html: t('start.html'),
    css: t('start.css'),
    jsStart: t('start.js'),
    other: t('start.other'),
    startTotal: t('start.all'),
    jsHydrate: t('hydrate.js'),
    hydrateTotal: t('hydrate.all'),
    /** What the first move in a scenario player loads (the rest of the story), outside the page's budget. */
    firstMove: t('play.all'),
    jsSearch: t('search.js'),
    searchIndexSearch: t('search.search-index'),
    searchTotal: t('search.all'),
    /** Everything the page needs to be used: the load plus its islands hydrating (search comes on demand). */
    inAll: sum(t('start.all'), t('hydrate.all')),
    frameworkAtStart: m.records.filter((r) => r.phase === 'start' && r.framework).map((r) => new URL(r.url).pathname),
    jsFilesAtStart: m.records
      .filter((r) => r.phase === 'start' && r.kind === 'js')
      .map((r) => `${new URL(r.url).pathname} (${r.gzip} B gz)`),
    failed: m.records.filter((r) => r.status >= 400).map((r) => `${r.url} (${r.status})`),
    interaction: m.interaction,
    consoleErrors: m.consoleErrors,
  };
}

function sum(a, b) {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br, count: a.count + b.count };
}

function cssTotals(outDir) {
  const files = walk(outDir).filter((f) => f.endsWith('.css'));
  const sum = { raw: 0, gzip: 0, br: 0, count: files.length };
  for (const f of files) {
    const s = sizes(readFileSync(f));
    sum.raw += s.raw;
    sum.gzip += s.gzip;
    sum.br += s.br;
  }
  // Inline <style> blocks Astro leaves in pages count too: the largest set on any one page.
  return sum;
}

function pagefindFigures(outDir, home) {
  const dir = join(outDir, 'pagefind');
  if (!exists(dir)) return { present: false };
  return {
    present: true,
    index: folderSize(dir),
    firstQuery: home ? { js: home.jsSearch, index: home.searchIndexSearch, total: home.searchTotal } : null,
  };
}

function checkBudgets(r) {
  const check = (name, value, limit, unit = 'B', pass = value <= limit) =>
    r.checks.push({ name, value, limit, unit, pass });
  for (const type of contentTypes) {
    const p = r.pages?.[type];
    if (!p) continue;
    check(`${type}: no framework JS at start`, p.frameworkAtStart.length, 0, 'files');
    check(`${type}: JS at start (gzip)`, p.jsStart.gzip, budgets.contentStartJsGzip);
    check(`${type}: HTML (gzip)`, p.html.gzip, budgets.contentHtmlGzip);
    check(`${type}: everything at start (gzip)`, p.startTotal.gzip, budgets.contentTransferGzip);
  }
  check('total CSS in the build (gzip)', r.css.gzip, budgets.totalCssGzip);
  if (r.offline) {
    check('offline: first visit keeps every file of the site', r.offline.files - r.offline.kept, 0, 'files missing');
    check('offline: repeat visit downloads nothing that has not changed', r.offline.network.length, 0, 'requests');
  }
  if (r.pages?.scenario) {
    const s = r.pages.scenario;
    s.floor = r.floor.gzip;
    s.beyondFloor = s.inAll.gzip - r.floor.gzip;
    check(
      'scenario: everything beyond the framework floor, island hydrated (gzip)',
      s.beyondFloor,
      budgets.scenarioBeyondFloorGzip,
    );
  }
  for (const [type, p] of Object.entries(r.pages ?? {})) {
    check(`${type}: no failed request`, p.failed.length, 0, 'requests');
    check(`${type}: no console error`, p.consoleErrors.length, 0, 'errors');
  }
  const lh = { ...(r.lighthouse ?? {}), ...(r.stress?.lighthouse ? { stressTopic: r.stress.lighthouse } : {}) };
  for (const [name, l] of Object.entries(lh)) {
    const worst = Math.min(l.performance, l.accessibility, l.bestPractices, l.seo);
    check(`Lighthouse ${name}: lowest category score`, worst, budgets.lighthouse, 'score', worst >= budgets.lighthouse);
  }
  if (r.stress) {
    const s = r.stress;
    check('stress build: time per page', s.msPerPage, budgets.stressMsPerPage, 'ms');
    check('stress topic pages: largest HTML (gzip)', s.topicHtmlGzip.max, budgets.contentHtmlGzip);
    check('stress topic page: everything at start (gzip)', s.samplePage.startTotal.gzip, budgets.contentTransferGzip);
    check('stress topic page: no framework JS at start', s.samplePage.frameworkAtStart.length, 0, 'files');
    if (s.chromeBytes.real) {
      // the page around <main> (header, nav, footer) must not grow with the number of pages
      check('stress pages: chrome outside <main> vs real pages', s.chromeBytes.stress, s.chromeBytes.real + 256);
    }
  }
}

function printTables(r) {
  const kb = (n) => (n === undefined || n === null ? '—' : `${(n / KB).toFixed(1)}`);
  const trio = (s) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.br)}`;
  console.log(
    `\nReal site: ${r.build.pages} pages built in ${r.build.seconds} s (${r.build.msPerPage} ms a page, search index ${r.build.searchIndex ? 'included' : 'absent'})`,
  );
  console.log(
    '\nKB raw / gzip / brotli  HTML              | CSS             | JS at start       | JS on hydration   | JS on opening search | all at start + hydration',
  );
  for (const [type, p] of Object.entries(r.pages ?? {})) {
    console.log(
      `${type.padEnd(15)} ${trio(p.html).padEnd(18)}| ${trio(p.css).padEnd(16)}| ${trio(p.jsStart).padEnd(18)}| ${trio(p.jsHydrate).padEnd(18)}| ${trio(p.jsSearch).padEnd(21)}| ${trio(p.inAll)}`,
    );
  }
  const s = r.pages?.scenario;
  if (s && r.floor) {
    console.log(
      `\nScenario page (${s.path}), island hydrated: ${kb(s.inAll.gzip)} KB gzip = framework floor ${kb(r.floor.gzip)} KB + the rest ${kb(s.beyondFloor)} KB (limit ${kb(budgets.scenarioBeyondFloorGzip)} KB)`,
    );
    for (const [part, bytes] of Object.entries(r.floor.parts)) console.log(`  floor: ${part} ${kb(bytes)} KB`);
    const rest = [
      ['HTML', s.html.gzip],
      ['CSS', s.css.gzip],
      ['JS (all, at start and on hydration)', s.jsStart.gzip + s.jsHydrate.gzip],
    ];
    console.log(`  what the page transfers: ${rest.map(([k, v]) => `${k} ${kb(v)} KB`).join(', ')}`);
    const topic = r.pages?.topic;
    if (topic)
      console.log(
        `  of the rest, what every teaching page also carries (a topic page at start: HTML, CSS, JS) ${kb(topic.startTotal.gzip)} KB; the player, its data and the scenario's header ${kb(s.beyondFloor - topic.startTotal.gzip)} KB`,
      );
    console.log(
      `  then, on the learner's first move: ${kb(s.firstMove.gzip)} KB gzip in ${s.firstMove.count} file(s) (the rest of the story; not in the budget, like search)`,
    );
  }
  if (r.verification) {
    console.log('\nVerification (structure + map of reachable states), median ms per scenario:');
    for (const v of r.verification)
      console.log(`  ${v.id.padEnd(32)} ${String(v.ms).padStart(7)} ms  ${v.states} states`);
    const total = r.verification.reduce((a, v) => a + v.ms, 0);
    console.log(`  ${'all'.padEnd(32)} ${total.toFixed(1).padStart(7)} ms`);
  }
  console.log(`\nTotal CSS in the build: ${trio(r.css)} KB in ${r.css.count} file(s)`);
  if (r.offline) {
    const o = r.offline;
    console.log(
      `Offline: the first visit keeps ${o.kept} of ${o.files} files (${round(o.rawBytes / 1024 / 1024, 2)} MB raw); a repeat visit to ${o.repeatUrls} pages took ${o.network.length} requests from the network (plus ${o.workerChecks} service-worker update checks)`,
    );
  }
  if (r.pagefind?.present) {
    const q = r.pagefind.firstQuery;
    console.log(
      `Pagefind index: ${kb(r.pagefind.index.bytes)} KB in ${r.pagefind.index.files} files; first query downloads ${q ? `${kb(q.total.raw)} KB (${kb(q.index.raw)} KB index, ${kb(q.js.raw)} KB JS raw)` : '—'}`,
    );
  } else console.log('Pagefind index: not in the build');
  const lh = { ...(r.lighthouse ?? {}), ...(r.stress?.lighthouse ? { stressTopic: r.stress.lighthouse } : {}) };
  if (Object.keys(lh).length) {
    console.log('\nLighthouse (mobile)   perf  a11y  best  seo   LCP ms  TBT ms  CLS');
    for (const [name, l] of Object.entries(lh)) {
      console.log(
        `${name.padEnd(20)}  ${String(l.performance).padEnd(5)} ${String(l.accessibility).padEnd(5)} ${String(l.bestPractices).padEnd(5)} ${String(l.seo).padEnd(5)} ${String(l.lcpMs).padEnd(7)} ${String(l.tbtMs).padEnd(7)} ${l.cls}${l.failingAudits.length ? `   (${l.failingAudits.join(', ')})` : ''}`,
      );
    }
  }
  if (r.stress) {
    const s = r.stress;
    console.log(
      `\nStress corpus: ${s.pages} pages (${s.generated.topics} generated topics, ${s.generated.scenarios} scenarios) built in ${s.seconds} s = ${s.msPerPage} ms a page; topic HTML gzip median ${kb(s.topicHtmlGzip.median)} KB, max ${kb(s.topicHtmlGzip.max)} KB; chrome outside <main> ${s.chromeBytes.stress} B (real pages ${s.chromeBytes.real} B)${s.searchIndex ? `; Pagefind index ${kb(s.searchIndex.bytes)} KB` : ''}`,
    );
  }
  console.log('\nBudgets');
  for (const c of r.checks) {
    const value =
      c.unit === 'B' ? `${kb(c.value)} KB (limit ${kb(c.limit)} KB)` : `${c.value} ${c.unit} (limit ${c.limit})`;
    console.log(`  ${c.pass ? 'pass' : 'FAIL'}  ${c.name}: ${value}`);
  }
}

function pickPage([preferred, section], available) {
  if (available.has(preferred)) return preferred;
  if (!section) return undefined;
  const first = [...available].filter((p) => p.startsWith(section) && p !== section).sort()[0];
  return first ?? (available.has(section) ? section : undefined);
}

function htmlPages(outDir) {
  return walk(outDir)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.slice(outDir.length + 1).replace(/index\.html$/, '')}`);
}

function walk(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
}

function folderSize(dir) {
  const files = walk(dir);
  return { bytes: files.reduce((n, f) => n + statSync(f).size, 0), files: files.length };
}

function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function round(n, digits) {
  return Number(n.toFixed(digits));
}
