import { checkGraph } from './graph-checks';
import { checkStructure, type Problem, type VerifyOptions } from './structure';
import type { Scenario } from './types';

export { checkGraph } from './graph-checks';
export { checkStructure, nodeKinds, type Problem, REQUIRED_METERS, type VerifyOptions } from './structure';

/** All checks, structure first; the state map is only walked when the structure is sound. */
export function verifyScenario(scenario: Scenario, options: VerifyOptions = {}): Problem[] {
  const structural = checkStructure(scenario, options);
  return structural.length > 0 ? structural : checkGraph(scenario).problems;
}
