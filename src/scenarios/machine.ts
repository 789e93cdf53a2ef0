import { and, assign, setup } from 'xstate';
import { applyEffects, conditionsHold, startMeters } from './conditions';
import type { Condition, PlayContext, PlayEvent, Scenario } from './types';

/** State key of the transient router used by step.back and decision.revisit (ids cannot contain "_"). */
export const REWIND_STATE = '_rewind';

/** The context a scenario starts with. */
export function initialContext(scenario: Scenario): PlayContext {
  return { meters: startMeters(scenario.meters), history: [], cursor: scenario.start };
}

/** Compiles a parsed scenario to an XState v5 machine: scenes and checkpoints are states, endings are final. */
export function compileScenario(scenario: Scenario, id = 'scenario') {
  const defs = scenario.meters;
  const logic = setup({
    types: { context: {} as PlayContext, events: {} as PlayEvent },
    guards: {
      /** The event picks the choice at this index. */
      isChoice: ({ event }, params: { index: number }) =>
        event.type === 'choice.select' && event.index === params.index,
      /** Every meter condition holds for the current meters. */
      meetsConditions: ({ context }, params: { conditions: readonly Condition[] }) =>
        conditionsHold(params.conditions, context.meters),
      /** The rewind router should land on this scene. */
      atCursor: ({ context }, params: { scene: string }) => context.cursor === params.scene,
      /** At least one decision has been made. */
      hasHistory: ({ context }) => context.history.length > 0,
      /** The event names an earlier decision (1-based) that exists. */
      isPastDecision: ({ context, event }) =>
        event.type === 'decision.revisit' &&
        Number.isInteger(event.decision) &&
        event.decision >= 1 &&
        event.decision <= context.history.length,
    },
    actions: {
      /** Records the decision and moves the meters (clamped to their bounds). */
      applyChoice: assign(({ context }, params: { scene: string; index: number; effects: Record<string, number> }) => {
        const after = applyEffects(context.meters, params.effects, defs);
        const decision = { scene: params.scene, choice: params.index, before: context.meters, after };
        return { meters: after, history: [...context.history, decision] };
      }),
      /** Undoes the last decision: meters as they were, cursor on its scene. */
      undoLastDecision: assign(({ context }) => {
        const last = context.history.at(-1);
        if (!last) return {};
        return { meters: last.before, history: context.history.slice(0, -1), cursor: last.scene };
      }),
      /** Rewinds to just before decision N (1-based). */
      revisitDecision: assign(({ context, event }) => {
        if (event.type !== 'decision.revisit') return {};
        const target = context.history[event.decision - 1];
        if (!target) return {};
        return { meters: target.before, history: context.history.slice(0, event.decision - 1), cursor: target.scene };
      }),
      /** Back to the start: initial meters, empty history. */
      resetProgress: assign(() => initialContext(scenario)),
    },
  });

  const states: Record<string, object> = {};
  for (const scene of scenario.scenes) {
    states[scene.id] = {
      on: {
        'choice.select': scene.choices.map((choice, index) => ({
          guard: choice.when
            ? and([
                { type: 'isChoice', params: { index } },
                { type: 'meetsConditions', params: { conditions: choice.when } },
              ])
            : { type: 'isChoice', params: { index } },
          target: choice.next,
          actions: { type: 'applyChoice', params: { scene: scene.id, index, effects: choice.effects } },
        })),
      },
    };
  }
  for (const checkpoint of scenario.checkpoints) {
    states[checkpoint.id] = {
      always: [
        ...checkpoint.routes.map((route) => ({
          guard: { type: 'meetsConditions', params: { conditions: route.when } },
          target: route.next,
        })),
        { target: checkpoint.otherwise },
      ],
    };
  }
  for (const ending of scenario.endings) states[ending.id] = { type: 'final' };
  states[REWIND_STATE] = {
    always: [
      ...scenario.scenes.map((scene) => ({
        guard: { type: 'atCursor', params: { scene: scene.id } },
        target: scene.id,
      })),
      { target: scenario.start },
    ],
  };

  return logic.createMachine({
    id,
    context: initialContext(scenario),
    initial: scenario.start,
    // biome-ignore lint/suspicious/noExplicitAny: states are generated from data; their shape is checked by verifyScenario
    states: states as any,
    on: {
      'step.back': { guard: 'hasHistory', target: `.${REWIND_STATE}`, actions: 'undoLastDecision' },
      'decision.revisit': { guard: 'isPastDecision', target: `.${REWIND_STATE}`, actions: 'revisitDecision' },
      'scenario.restart': { target: `.${scenario.start}`, actions: 'resetProgress', reenter: true },
    },
  });
}

/** The machine type compiled from a scenario. */
export type ScenarioMachine = ReturnType<typeof compileScenario>;
