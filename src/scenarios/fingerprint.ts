import type { Scenario } from './types';

/** FNV-1a 32-bit hash as 8 hex digits: small, stable, good enough to notice change (not for security). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Fingerprint of a scenario's structure (ids, targets, effects, conditions, meters), not its prose:
 * fixing a typo keeps saved progress valid, changing the branching invalidates it.
 */
export function fingerprintScenario(scenario: Scenario): string {
  const shape = {
    start: scenario.start,
    meters: scenario.meters.map((m) => [m.id, m.start, m.min, m.max]),
    scenes: scenario.scenes.map((s) => [s.id, s.choices.map((c) => [c.next, c.effects, c.when ?? null])]),
    checkpoints: scenario.checkpoints.map((c) => [c.id, c.routes, c.otherwise]),
    endings: scenario.endings.map((e) => e.id),
  };
  return hash(JSON.stringify(shape));
}
