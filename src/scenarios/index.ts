// The only door into the scenario engine: islands, pages, schemas and tests import from here.
export { applyEffects, clamp, conditionsHold, routeCheckpoint, startMeters } from './conditions';
export { fingerprintScenario } from './fingerprint';
export { conditionText, effectsText, scenarioLabels } from './labels';
export { compileScenario, initialContext, REWIND_STATE, type ScenarioMachine } from './machine';
export { layoutMap, MAP_GAP, type MapEdge, type MapNode, pathTaken, type ScenarioMap } from './map';
export { escapeHtml, renderMarkdown, withHtmlProse } from './markdown';
export {
  adjacencyOf,
  choiceEvents,
  enumeratePaths,
  type PlayActor,
  type PlaySnapshot,
  replayChoices,
  type ScenarioPath,
  startPlay,
  stateKey,
} from './paths';
export type * from './types';
export { checkGraph, checkStructure, nodeKinds, type Problem, REQUIRED_METERS, verifyScenario } from './verify';
