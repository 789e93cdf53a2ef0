import { checkGraph } from './graph-checks';
import { checkStructure, type Problem } from './structure';
import type { Scenario } from './types';

export { checkGraph } from './graph-checks';
export { checkStructure, nodeKinds, type Problem, REQUIRED_METERS } from './structure';

/** All checks, structure first; the graph is only walked when the structure is sound. */
export function verifyScenario(scenario: Scenario): Problem[] {
  const structural = checkStructure(scenario);
  return structural.length > 0 ? structural : checkGraph(scenario);
}
