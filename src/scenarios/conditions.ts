import type { Checkpoint, Condition, Meter, Meters, Text, Variant } from './types';

/** The part of a play's state that conditions read. */
export interface ConditionState {
  meters: Meters;
  facts: readonly string[];
}

/** True when one condition holds. */
export function conditionHolds(c: Condition, state: ConditionState): boolean {
  if ('fact' in c) return state.facts.includes(c.fact);
  if ('notFact' in c) return !state.facts.includes(c.notFact);
  const value = state.meters[c.meter] ?? Number.NaN;
  return (c.atLeast === undefined || value >= c.atLeast) && (c.atMost === undefined || value <= c.atMost);
}

/** True when every condition holds (an absent list always holds). */
export function conditionsHold(conditions: readonly Condition[] | undefined, state: ConditionState): boolean {
  return (conditions ?? []).every((c) => conditionHolds(c, state));
}

/** Index of the checkpoint rule that holds first, or -1 when none does (then `otherwise` applies). */
export function firingRule(checkpoint: Checkpoint, state: ConditionState): number {
  return checkpoint.routes.findIndex((r) => conditionsHold(r.when, state));
}

/** The variants of a text as a list (a plain string is one default variant). */
export function variantsOf(text: Text): Variant[] {
  return typeof text === 'string' ? [{ text }] : text;
}

/** Index of the variant shown for this state: the first whose conditions hold (the last has none). */
export function variantIndex(text: Text, state: ConditionState): number {
  if (typeof text === 'string') return 0;
  const i = text.findIndex((v) => conditionsHold(v.when, state));
  return i === -1 ? text.length - 1 : i;
}

/** The text shown for this state. */
export function pickText(text: Text, state: ConditionState): string {
  return variantsOf(text)[variantIndex(text, state)]?.text ?? '';
}

/** Clamps a value into a meter's bounds. */
export function clamp(value: number, meter: Pick<Meter, 'min' | 'max'>): number {
  return Math.min(meter.max, Math.max(meter.min, value));
}

/** Applies effects to meters, clamped to bounds; meters not named stay as they are. */
export function applyEffects(meters: Meters, effects: Record<string, number>, defs: readonly Meter[]): Meters {
  const next: Meters = { ...meters };
  for (const def of defs) {
    const delta = effects[def.id];
    if (delta !== undefined) next[def.id] = clamp((next[def.id] ?? def.start) + delta, def);
  }
  return next;
}

/** Adds facts to a sorted set of facts (facts are never unset). */
export function addFacts(facts: readonly string[], sets: readonly string[]): string[] {
  if (sets.every((f) => facts.includes(f))) return facts as string[];
  return [...new Set([...facts, ...sets])].sort();
}

/** Meter values at the start of a scenario. */
export function startMeters(defs: readonly Meter[]): Meters {
  return Object.fromEntries(defs.map((m) => [m.id, m.start]));
}
