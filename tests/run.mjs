#!/usr/bin/env node
// `npm test`: makes sure Chromium is there, lints, type-checks, builds the site, runs every Vitest project (unit, model, e2e)
// and ends with one line "N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
// node_modules/.bin first, so every child runs on the pinned Node 24 even when this script was started without npm.
const PATH = `${resolve(root, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.error) console.error(`✖ could not run ${cmd}: ${result.error.message} (did "npm install" finish?)`);
  return result;
}

ensureChromium();

console.log('▶ Linting and checking the format (npm run format fixes the format) …');
const lintFailed = run(bin('biome'), ['check', '.']).status !== 0;

console.log('\n▶ Type-checking (.ts, .tsx and .astro, TypeScript strict) …');
const typesFailed = run(bin('astro'), ['check']).status !== 0;

const outDir = process.env.OUT_DIR ?? 'dist';
console.log(`\n▶ Building the site into ${outDir}/ …`);
if (run(bin('astro'), ['build']).status !== 0) fail('the site build failed (see the messages above).');

console.log('\n▶ Running the tests …');
mkdirSync(resolve(root, 'tests/.output'), { recursive: true });
const report = resolve(root, 'tests/.output/vitest.json');
const vitest = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
}
if (vitest.status !== 0 && failed === 0) failed = 1; // a crash or a failing hook still counts as a failure
if (typesFailed) {
  console.error('✖ astro check found type errors (see above; "npm run check" repeats them)');
  failed += 1;
}
if (lintFailed) {
  console.error('✖ lint found problems (see above; "npm run lint" repeats them)');
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function ensureChromium() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('▶ Chromium is missing: installing Debian\'s "chromium" package (apt-get install -y chromium) …');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], env);
    if (run('apt-get', ['install', '-y', '-qq', 'chromium'], env).status === 0 && existsSync(path)) return;
  }
  fail(
    `Chromium was not found at ${path}.\n` +
      '  Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
      '  or point CHROME_PATH at an existing Chromium or Chrome binary, then run "npm test" again.',
  );
}

function fail(message) {
  console.error(`\n✖ npm test: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
