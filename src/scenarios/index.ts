// The only door into the scenario engine: islands, pages, schemas and tests import from here.
export {
  addFacts,
  applyEffects,
  clamp,
  conditionHolds,
  conditionsHold,
  firingRule,
  pickText,
  startMeters,
  variantIndex,
  variantsOf,
} from './conditions';
export { fingerprintScenario } from './fingerprint';
export { conditionText, effectsText, pageLabels, scenarioLabels } from './labels';
export { compileScenario, initialContext, pureTransitions, type ScenarioMachine } from './machine';
export {
  checkpointLabel,
  layoutMap,
  MAP_GAP,
  MAP_NODE,
  type MapArrow,
  type MapEdge,
  type MapNode,
  pathTaken,
  type ScenarioMap,
  wrapLabel,
} from './map';
export { mapLabels } from './map-labels';
export { escapeHtml, renderMarkdown, renderText, withHtmlProse } from './markdown';
export { forPlayerOnPage, openingTexts, proseOf, storyTexts, textKey, withProseFrom } from './page-text';
export {
  choiceEvents,
  coveringRoutes,
  type Enumeration,
  enumeratePaths,
  enumerateRoutes,
  type PlayActor,
  type PlaySnapshot,
  replayChoices,
  type ScenarioPath,
  startPlay,
  stateKey,
} from './paths';
export {
  type CheckpointPass,
  type ChoiceView,
  createPlayModel,
  type EndingView,
  edgeKey,
  type MeterChange,
  type Play,
  type PlayModel,
  type PlayState,
  type SceneView,
  type StepView,
} from './play';
export { type Move, type ReachableState, reachableStates, STATE_LIMIT, type StateMap } from './states';
export { type DecisionGuess, isDecision, type ScenarioStats, scenarioStats, statsProblems } from './stats';
export * from './types';
export {
  checkGraph,
  checkStructure,
  nodeKinds,
  type Problem,
  REQUIRED_METERS,
  type VerifyOptions,
  verifyScenario,
} from './verify';
