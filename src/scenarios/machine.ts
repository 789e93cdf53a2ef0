import { assign, createActor, setup } from 'xstate';
import { addFacts, applyEffects, conditionsHold, startMeters } from './conditions';
import type { Condition, PlayContext, PlayEvent, Scenario } from './types';

/** The context a scenario starts with. */
export function initialContext(scenario: Scenario): PlayContext {
  return { meters: startMeters(scenario.meters), facts: [], broke: false, history: [] };
}

/**
 * Compiles a parsed scenario to an XState v5 machine: scenes and checkpoints are states, endings are final.
 * The machine is the only place where the rules live (locks, effects, facts, checkpoint routing); the play module
 * (play.ts) and the verifier (states.ts) run it through XState's pure transition functions.
 */
export function compileScenario(scenario: Scenario, id = 'scenario') {
  const defs = scenario.meters;
  const logic = setup({
    types: { context: {} as PlayContext, events: {} as PlayEvent },
    guards: {
      /** The event picks the choice at this index and the choice's conditions hold. */
      isOpenChoice: ({ context, event }, params: { index: number; conditions?: readonly Condition[] }) =>
        event.type === 'choice.select' && event.index === params.index && conditionsHold(params.conditions, context),
      /** Every condition of a checkpoint rule holds. */
      holds: ({ context }, params: { conditions: readonly Condition[] }) => conditionsHold(params.conditions, context),
    },
    actions: {
      /** Records the decision, moves the meters (clamped), sets facts and notes a broken Guide rule. */
      applyChoice: assign(
        (
          { context },
          params: { scene: string; index: number; effects: Record<string, number>; sets: string[]; breaks: boolean },
        ) => {
          const after = applyEffects(context.meters, params.effects, defs);
          const facts = addFacts(context.facts, params.sets);
          const decision = {
            scene: params.scene,
            choice: params.index,
            before: context.meters,
            after,
            factsBefore: context.facts,
            facts,
            hops: [],
          };
          return {
            meters: after,
            facts,
            broke: context.broke || params.breaks,
            history: [...context.history, decision],
          };
        },
      ),
      /** Records which rule of a checkpoint fired, on the decision that led there. */
      recordHop: assign(({ context }, params: { checkpoint: string; rule: number; next: string }) => {
        const last = context.history.at(-1);
        if (!last) return {};
        const hop = { checkpoint: params.checkpoint, rule: params.rule, next: params.next };
        return { history: [...context.history.slice(0, -1), { ...last, hops: [...last.hops, hop] }] };
      }),
    },
  });

  const states: Record<string, object> = {};
  for (const scene of scenario.scenes) {
    states[scene.id] = {
      on: {
        'choice.select': scene.choices.map((choice, index) => ({
          guard: { type: 'isOpenChoice', params: { index, conditions: choice.when } },
          target: choice.next,
          actions: {
            type: 'applyChoice',
            params: { scene: scene.id, index, effects: choice.effects, sets: choice.sets, breaks: !!choice.breaks },
          },
        })),
      },
    };
  }
  for (const checkpoint of scenario.checkpoints) {
    states[checkpoint.id] = {
      always: [
        ...checkpoint.routes.map((route, rule) => ({
          guard: { type: 'holds', params: { conditions: route.when } },
          target: route.next,
          actions: { type: 'recordHop', params: { checkpoint: checkpoint.id, rule, next: route.next } },
        })),
        {
          target: checkpoint.otherwise,
          actions: { type: 'recordHop', params: { checkpoint: checkpoint.id, rule: -1, next: checkpoint.otherwise } },
        },
      ],
    };
  }
  for (const ending of scenario.endings) states[ending.id] = { type: 'final' };

  return logic.createMachine({
    id,
    context: initialContext(scenario),
    initial: scenario.start,
    // biome-ignore lint/suspicious/noExplicitAny: states are generated from data; their shape is checked by verifyScenario
    states: states as any,
  });
}

/** The machine type compiled from a scenario. */
export type ScenarioMachine = ReturnType<typeof compileScenario>;

/**
 * XState's pure transition functions, with one inert actor scope made once: `transition()` from xstate builds an
 * actor for every call, which made walking every reachable state ten times slower. Our machine has no side effects
 * (only `assign`), so nothing is executed; the snapshots are the same as `transition()` returns.
 */
export function pureTransitions(machine: ScenarioMachine) {
  const self = createActor(machine);
  const scope = {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: () => {},
  } as unknown as Parameters<ScenarioMachine['transition']>[2];
  return {
    initial: () => machine.getInitialSnapshot(scope),
    next: (snapshot: ReturnType<ScenarioMachine['getInitialSnapshot']>, event: PlayEvent) =>
      machine.transition(snapshot, event, scope),
  };
}
