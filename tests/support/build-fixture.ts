import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Result of building the site from a fixture content tree. */
export interface FixtureBuild {
  ok: boolean;
  /** stdout and stderr together, colour codes removed. */
  output: string;
  /** The temporary content folder, to name files in assertions. */
  contentDir: string;
  /** Built files asked for with `read` (path inside dist → text; missing files are left out). */
  built: Record<string, string>;
}

/** Extra settings for a fixture build. */
export interface FixtureOptions {
  /** Environment for the build, e.g. `{ BASE: '/scrum-trust-lab/' }`. */
  env?: Record<string, string>;
  /** Built files to read before the temporary folder is removed, as paths inside dist. */
  read?: string[];
}

/**
 * Builds the real site (real schemas, real pages) from tests/fixtures/content-minimal, plus any section
 * intro it lacks (no scenarios: those have their own fixtures), with `files` written on top (path relative to the content folder → file text).
 */
export function buildWithContent(files: Record<string, string>, options: FixtureOptions = {}): FixtureBuild {
  const work = mkdtempSync(join(tmpdir(), 'stl-fixture-'));
  const contentDir = join(work, 'content');
  cpSync(join(root, 'tests/fixtures/content-minimal'), contentDir, { recursive: true });
  // Pages require their section intros: real ones fill in any the fixture does not have (force: false keeps the
  // fixture's own, which use no glossary terms the fixture lacks).
  cpSync(join(root, 'content/sections'), join(contentDir, 'sections'), { recursive: true, force: false });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: join(work, 'dist'),
      CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...options.env,
    },
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes from the build log
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  const built: Record<string, string> = {};
  for (const path of options.read ?? []) {
    const file = join(work, 'dist', path);
    if (existsSync(file)) built[path] = readFileSync(file, 'utf8');
  }
  if (result.status === 0) rmSync(work, { recursive: true, force: true });
  return { ok: result.status === 0, output, contentDir, built };
}
