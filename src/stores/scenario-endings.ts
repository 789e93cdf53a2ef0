// The endings a learner has found in each scenario: its own small module so pages that only list them (the learning
// record) do not load the scenario engine that scenario-progress.ts needs for replaying a play.
import type { RecordKind } from './records';

/** Version of the endings-found format (shared with the scenario's saved play). */
export const ENDINGS_VERSION = 1;

/** localStorage key for the endings a learner has found in a scenario. */
export const endingsKey = (id: string) => `stl:scenario-endings:v${ENDINGS_VERSION}:${id}`;

/** The endings found in one scenario. */
export interface EndingsRecord {
  version: typeof ENDINGS_VERSION;
  scenario: string;
  /** Every ending id ever found, including ids the scenario no longer has (kept, never dropped). */
  endings: string[];
}

const isIdList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 100 && v.every((x) => typeof x === 'string' && x.length <= 100);

/** The record kind of the endings found; a bare list (as saved before records had a version) is read as version 1. */
export function endingsKind(id: string): RecordKind<EndingsRecord> {
  return {
    key: endingsKey(id),
    version: ENDINGS_VERSION,
    maxSize: 20_000,
    upgrade: (v) => (Array.isArray(v) ? { version: ENDINGS_VERSION, scenario: id, endings: v } : v),
    parse: (v) => {
      const r = v as Record<string, unknown>;
      if (r.scenario !== id || !isIdList(r.endings)) return null;
      return { version: ENDINGS_VERSION, scenario: id, endings: [...new Set(r.endings)] };
    },
  };
}
