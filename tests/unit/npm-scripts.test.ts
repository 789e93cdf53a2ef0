import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const { scripts } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

// A site that promises no trackers must not have Astro's telemetry notice greet a newcomer on `npm start`.
// In `a && b` an environment prefix reaches `a` only, so every command of every script carries its own.
test('every command of every npm script runs with Astro telemetry off', () => {
  const commands = Object.entries(scripts).flatMap(([name, script]) =>
    script.split(/&&|\|\||;/).map((command) => [name, command.trim()] as const),
  );
  const without = commands.filter(([, command]) => !command.startsWith('ASTRO_TELEMETRY_DISABLED=1 '));
  expect(without).toEqual([]);
  expect(scripts.start).toMatch(/ASTRO_TELEMETRY_DISABLED=1 astro preview/);
});
