// Two figures the bench works out from the sources rather than from a page: the framework floor of an island page
// (what any React + XState island must ship, whatever the site's own code) and the engine's verification time for
// every scenario. Both are bundled here with esbuild (Astro's own dependency), so they follow the code as it is.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { compress } from './serve.mjs';

const gzip = (text) => compress.gzip(Buffer.from(text)).length;

/** The names the site's code imports from a package (`import { a, b } from 'pkg'`), so the floor holds only those. */
function importedNames(root, pkg) {
  const names = new Set();
  const files = readdirSync(join(root, 'src'), { recursive: true }).filter((f) => /\.(tsx?|astro)$/.test(String(f)));
  const pattern = new RegExp(`import\\s*(?:type\\s*)?\\{([^}]*)\\}\\s*from\\s*['"]${pkg}['"]`, 'g');
  for (const f of files) {
    for (const m of readFileSync(join(root, 'src', String(f)), 'utf8').matchAll(pattern)) {
      if (m[0].startsWith('import type')) continue;
      for (const part of (m[1] ?? '').split(',')) {
        const name = part.trim();
        if (name && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]);
      }
    }
  }
  return [...names].sort();
}

/** Minified production bundle of an entry's source text; returns its gzip size. */
async function bundled(root, work, name, source) {
  const entry = join(work, `${name}.entry.mjs`);
  writeFileSync(entry, source);
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    absWorkingDir: root,
    nodePaths: [join(root, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return gzip(out.outputFiles[0].text);
}

/**
 * The framework floor: React DOM with React (through Astro's React renderer, which hydrates every React island),
 * the parts of XState the site imports, @xstate/react when the site imports it, and Astro's island loader (the
 * <astro-island> element and the client:visible directive, which Astro inlines in the page). Gzip bytes per part.
 */
export async function measureFloor(root, work) {
  const parts = {};
  parts['react + react-dom (with Astro’s React renderer)'] = await bundled(
    root,
    work,
    'react',
    `export { default } from '@astrojs/react/client.js';\nexport { jsx, jsxs, Fragment } from 'react/jsx-runtime';\n`,
  );
  const xstate = importedNames(root, 'xstate');
  if (xstate.length)
    parts[`xstate (${xstate.join(', ')})`] = await bundled(
      root,
      work,
      'xstate',
      `export { ${xstate.join(', ')} } from 'xstate';\n`,
    );
  const binding = importedNames(root, '@xstate/react');
  if (binding.length)
    parts[`@xstate/react (${binding.join(', ')})`] = await bundled(
      root,
      work,
      'xstate-react',
      `export { ${binding.join(', ')} } from '@xstate/react';\n`,
    );
  const island = await import(
    pathToFileURL(join(root, 'node_modules/astro/dist/runtime/server/astro-island.prebuilt.js')).href
  );
  const visible = await import(
    pathToFileURL(join(root, 'node_modules/astro/dist/runtime/client/visible.prebuilt.js')).href
  );
  parts['Astro island loader (astro-island + client:visible)'] = gzip(island.default) + gzip(visible.default);
  return { parts, gzip: Object.values(parts).reduce((a, b) => a + b, 0) };
}

/**
 * Verification time of every scenario in `contentDir/scenarios`: the engine's verifyScenario (structure, then the
 * map of reachable states), median of `runs` runs after one warm-up, in ms; plus the reachable states it explored.
 */
export async function verificationTimes(root, contentDir, runs = 7) {
  // Written under node_modules so that the packages it leaves external (yaml, zod) resolve from the project.
  const out = join(root, 'node_modules/.cache/stl-bench', `engine-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'bench/engine-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    absWorkingDir: root,
    packages: 'external',
    logLevel: 'silent',
  });
  const engine = await import(pathToFileURL(out).href);
  rmSync(out);
  const dir = join(contentDir, 'scenarios');
  const times = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const scenario = engine.load(join(dir, file));
    const samples = [];
    engine.verifyScenario(scenario);
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const problems = engine.verifyScenario(scenario);
      samples.push(performance.now() - start);
      if (problems.length) throw new Error(`${file}: ${problems.map((p) => p.message).join('; ')}`);
    }
    samples.sort((a, b) => a - b);
    times.push({
      id: file.replace(/\.yaml$/, ''),
      ms: Number(samples[Math.floor(runs / 2)].toFixed(2)),
      states: engine.reachableStates(scenario).states.size,
    });
  }
  return times;
}
