// A split room for a perspective pair: half the room decides as one seat, half as the other, taking turns on one
// screen. Two workshop sessions (one per scenario, the same shape as a single console's) plus whose turn it is and
// the debrief's shared notes, saved as one record so the two halves never drift apart.
import type { Scenario } from '../scenarios';
import { type Loaded, loadRecord, type RecordKind, reloadRecord, type Saved, type Slot, saveRecord } from './records';
import { browserStorage, type KeyValueStore } from './storage';
import { MAX_NOTES, newSession, parseSession, sessionKind, type WorkshopSession } from './workshop-session';

/** Version of the split-room format. */
export const SPLIT_VERSION = 1;

/** The two scenarios of a pair in a stable order (by id), whichever page the room started from. */
export const pairIds = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** localStorage key of a pair's split room (the same from either scenario's page). */
export const splitKey = (a: string, b: string) => `stl:workshop-pair:v1:${pairIds(a, b).join('+')}`;

/** What is saved for a split room. */
export interface SplitRoom {
  version: typeof SPLIT_VERSION;
  /** The pair's ids, in pairIds order. */
  pair: [string, string];
  /** One session per side, by scenario id. */
  sides: Record<string, WorkshopSession>;
  /** The side deciding now. */
  turn: string;
  agreements: string;
  actions: string;
  savedAt: string;
}

/** A split room that has not started: both sides at their first scene, `first` deciding first. */
export function newSplitRoom(first: string, scenarios: Record<string, Scenario>, other: string): SplitRoom {
  const pair = pairIds(first, other);
  const sides: Record<string, WorkshopSession> = {};
  for (const id of pair) sides[id] = newSession(id, scenarios[id] as Scenario);
  return { version: SPLIT_VERSION, pair, sides, turn: first, agreements: '', actions: '', savedAt: '' };
}

/** True when a side has reached an ending (the play module says so; the caller passes its answer). */
export type Finished = (id: string, session: WorkshopSession) => boolean;

/**
 * Replaces one side's session. When that side has just moved on from a reveal (or reached its ending), the turn
 * passes to the other half of the room, unless that half has already finished.
 */
export function updateSide(room: SplitRoom, id: string, next: WorkshopSession, finished: Finished): SplitRoom {
  const before = room.sides[id];
  if (!before || before === next) return room;
  const sides = { ...room.sides, [id]: next };
  const other = room.pair.find((p) => p !== id) ?? id;
  const movedOn =
    before.stage === 'reveal' && next.stage === 'vote' && next.decisions.length >= before.decisions.length;
  // a side is through once it has reached its ending and moved on from the last reveal
  const through = (side: string, session: WorkshopSession) => session.stage === 'vote' && finished(side, session);
  const done = through(id, next);
  const otherDone = through(other, sides[other] as WorkshopSession);
  let turn = room.turn;
  if (room.turn === id && (movedOn || done) && !otherDone) turn = other;
  if (done && otherDone) turn = room.turn;
  if (!done && otherDone) turn = id;
  return { ...room, sides, turn };
}

/** Hands the turn to a side (the facilitator overrides the order). */
export const giveTurn = (room: SplitRoom, id: string): SplitRoom =>
  room.pair.includes(id) && room.turn !== id ? { ...room, turn: id } : room;

/** The debrief's shared notes. */
export function writeSplitNotes(room: SplitRoom, field: 'agreements' | 'actions', text: string): SplitRoom {
  const value = text.slice(0, MAX_NOTES);
  return room[field] === value ? room : { ...room, [field]: value };
}

/** The schema for a saved split room: a clean record when its shape is right, otherwise null. */
export function parseSplitRoom(value: unknown): SplitRoom | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.version !== SPLIT_VERSION || !Array.isArray(r.pair) || r.pair.length !== 2) return null;
  const [a, b] = r.pair as unknown[];
  if (typeof a !== 'string' || typeof b !== 'string' || a >= b) return null;
  if (typeof r.sides !== 'object' || r.sides === null) return null;
  const raw = r.sides as Record<string, unknown>;
  if (Object.keys(raw).length !== 2) return null;
  const sides: Record<string, WorkshopSession> = {};
  for (const id of [a, b]) {
    const side = parseSession(raw[id]);
    if (!side || side.scenario !== id) return null;
    sides[id] = side;
  }
  const note = (v: unknown) => typeof v === 'string' && v.length <= MAX_NOTES;
  if (typeof r.turn !== 'string' || ![a, b].includes(r.turn)) return null;
  if (!note(r.agreements) || !note(r.actions) || typeof r.savedAt !== 'string') return null;
  return {
    version: SPLIT_VERSION,
    pair: [a, b],
    sides,
    turn: r.turn,
    agreements: r.agreements as string,
    actions: r.actions as string,
    savedAt: r.savedAt,
  };
}

/** The record kind of a pair's split room: each side must fit its scenario as a single session would. */
export function splitKind(scenarios: Record<string, Scenario>, a: string, b: string): RecordKind<SplitRoom> {
  const pair = pairIds(a, b);
  return {
    key: splitKey(a, b),
    version: SPLIT_VERSION,
    maxSize: 200_000,
    parse: parseSplitRoom,
    fits: (room) => {
      if (room.pair[0] !== pair[0] || room.pair[1] !== pair[1]) return 'corrupt';
      let worst: 'ok' | 'outdated' | 'corrupt' = 'ok';
      for (const id of pair) {
        const fit = sessionKind(id, scenarios[id] as Scenario).fits?.(room.sides[id] as WorkshopSession) ?? 'ok';
        if (fit === 'corrupt') return 'corrupt';
        if (fit === 'outdated') worst = 'outdated';
      }
      return worst;
    },
  };
}

/** A split room as loaded: the outcome (tell the facilitator), the slot to save through, and the room to run. */
export interface SplitLoad {
  loaded: Loaded<SplitRoom>;
  slot: Slot;
  room: SplitRoom;
}

/** Loads the pair's split room; a record that cannot be used is set aside (see records.ts) and reported. */
export function loadSplitRoom(
  first: string,
  other: string,
  scenarios: Record<string, Scenario>,
  store: KeyValueStore | undefined = browserStorage(),
): SplitLoad {
  const { loaded, slot } = loadRecord(splitKind(scenarios, first, other), store);
  return {
    loaded,
    slot,
    room: loaded.status === 'loaded' ? loaded.record : newSplitRoom(first, scenarios, other),
  };
}

/** Re-reads the room another tab saved; null when there is nothing usable to adopt. */
export function reloadSplitRoom(
  first: string,
  other: string,
  scenarios: Record<string, Scenario>,
  slot: Slot,
): SplitRoom | null {
  const loaded = reloadRecord(splitKind(scenarios, first, other), slot);
  return loaded.status === 'loaded'
    ? loaded.record
    : loaded.status === 'empty'
      ? newSplitRoom(first, scenarios, other)
      : null;
}

/** What is saved (also what a download holds). */
export const splitRecord = (room: SplitRoom): SplitRoom => ({ ...room, savedAt: new Date().toISOString() });

/** Saves the room (compare-and-set, like every record). */
export const saveSplitRoom = (slot: Slot, room: SplitRoom): Saved => saveRecord(slot, splitRecord(room));

/** True when two rooms hold the same state (apart from the time saved). */
export const sameRoom = (a: SplitRoom, b: SplitRoom) =>
  JSON.stringify({ ...a, savedAt: '' }) === JSON.stringify({ ...b, savedAt: '' });

/** Whether a split room has started (a vote, a decision, or a note). */
export const roomStarted = (room: SplitRoom) =>
  Boolean(room.agreements || room.actions) ||
  Object.values(room.sides).some((s) => s.decisions.length > 0 || s.pending.some((n) => n > 0));
