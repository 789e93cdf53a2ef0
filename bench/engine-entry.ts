// Entry bundled by bench/floor.mjs: the engine's verification and the scenario schema, as the build runs them.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Scenario } from '../src/scenarios';
import { scenarioSchema } from '../src/schemas/scenario';

export { reachableStates, verifyScenario } from '../src/scenarios';

/** A scenario file through the real schema (which verifies it once itself). */
export function load(file: string): Scenario {
  const result = scenarioSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return result.data as Scenario;
}
