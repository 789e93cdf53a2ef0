import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'stl-broken-scenario-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('astro build fails on a broken scenario, naming the file, the scene and the reason', () => {
  const content = join(tmp, 'content');
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/scenarios/invalid/dangling-target.yaml', join(content, 'scenarios', 'broken-story.yaml'));
  const root = resolve('.');
  const run = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'node_modules/.bin/astro'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 110_000,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: join(tmp, 'dist'),
      CACHE_DIR: join(tmp, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).not.toBe(0);
  expect(output).toMatch(/scenarios\/broken-story\.yaml/);
  expect(output).toMatch(
    /Scene "kickoff", choice 2 \("Negotiate"\): "next" points to "negotiation", which is not a scene, checkpoint or ending in this file \(dangling target\)/,
  );
}, 120_000);
