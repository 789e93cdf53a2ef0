import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Scenario } from '../../../src/scenarios';
import { scenarioSchema } from '../../../src/schemas/scenario';

/** Parses a YAML file through the real scenario schema (fixtures are never hand-built objects). */
export function parseScenarioFile(file: string) {
  return scenarioSchema.safeParse(parse(readFileSync(file, 'utf8')));
}

/** Loads a scenario that must be valid, failing loudly with the schema's messages otherwise. */
export function loadScenario(file: string): Scenario {
  const result = parseScenarioFile(file);
  if (!result.success)
    throw new Error(`${file}:\n${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return result.data;
}
