import type { Checkpoint, Condition, Meter, Meters } from './types';

/** True when every condition holds for these meter values. */
export function conditionsHold(conditions: readonly Condition[] | undefined, meters: Meters): boolean {
  return (conditions ?? []).every((c) => {
    const value = meters[c.meter] ?? Number.NaN;
    return (c.atLeast === undefined || value >= c.atLeast) && (c.atMost === undefined || value <= c.atMost);
  });
}

/** Where a checkpoint routes for these meter values: the first rule that holds, else `otherwise`. */
export function routeCheckpoint(checkpoint: Checkpoint, meters: Meters): string {
  return checkpoint.routes.find((r) => conditionsHold(r.when, meters))?.next ?? checkpoint.otherwise;
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

/** Meter values at the start of a scenario. */
export function startMeters(defs: readonly Meter[]): Meters {
  return Object.fromEntries(defs.map((m) => [m.id, m.start]));
}
