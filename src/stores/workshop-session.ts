// The room's workshop session for one scenario: votes per decision, the option taken, and where the room is.
// Pure functions over plain JSON plus load/save through an injectable store; storage is untrusted input.
import { fingerprintScenario, replayChoices, type Scenario, stateKey } from '../scenarios';
import { type Loaded, loadRecord, type RecordKind, reloadRecord, type Saved, type Slot, saveRecord } from './records';
import { browserStorage, type KeyValueStore } from './storage';

/**
 * Version of the session format; bump it when WorkshopSession changes shape. Version 2 added the debrief's
 * agreements and actions, hidden tallies and a closed vote; a version 1 record is upgraded on load (nothing lost).
 * The storage key keeps its first name (`v1`) so sessions saved before the upgrade are found.
 */
export const SESSION_VERSION = 2;
/** Longest text kept for the agreements or the actions (a page of notes; more means the record was tampered with). */
export const MAX_NOTES = 4000;
/** More votes than any room casts: larger numbers in storage mean the record was tampered with. */
export const MAX_VOTES = 999;

/** localStorage key for a scenario's workshop session (kept apart from a learner's own progress). */
export const sessionKey = (id: string) => `stl:workshop:v1:${id}`;

/** One decision the room made: the votes cast per option, and the option taken. */
export interface RoomDecision {
  votes: number[];
  choice: number;
}

/** Where the room is: voting on the current scene, or looking at what its last choice did. */
export type Stage = 'vote' | 'reveal';

/** What is saved for one scenario. */
export interface WorkshopSession {
  version: typeof SESSION_VERSION;
  scenario: string;
  fingerprint: string;
  decisions: RoomDecision[];
  /** Votes recorded so far on the current decision. */
  pending: number[];
  stage: Stage;
  /** Endings the room has reached in this session (replays find more); shown on the map. */
  endings: string[];
  /** The room's working agreements, written in the debrief (one per line). */
  agreements: string;
  /** Actions the room takes away (one per line: who, what, by when). */
  actions: string;
  /** The live tallies stay hidden until the reveal (the room votes without seeing the others). */
  hideTallies: boolean;
  /** The vote on the current decision is closed (the countdown ran out): no more votes until it is reopened. */
  closed: boolean;
  savedAt: string;
}

/** A session that has not started: first scene, no votes. */
export function newSession(id: string, scenario: Scenario): WorkshopSession {
  return {
    version: SESSION_VERSION,
    scenario: id,
    fingerprint: fingerprintScenario(scenario),
    decisions: [],
    pending: [],
    stage: 'vote',
    endings: [],
    agreements: '',
    actions: '',
    hideTallies: false,
    closed: false,
    savedAt: '',
  };
}

/** Votes for `count` options, missing entries read as 0. */
export function votesFor(votes: readonly number[], count: number): number[] {
  return Array.from({ length: count }, (_, i) => votes[i] ?? 0);
}

/** One option's share of the vote. */
export interface Share {
  index: number;
  count: number;
  /** Whole percent of all votes (0 when nobody voted). */
  percent: number;
}

/** Counts and percentages for each option. */
export function tally(votes: readonly number[]): { total: number; shares: Share[] } {
  const total = votes.reduce((sum, n) => sum + n, 0);
  const shares = votes.map((count, index) => ({
    index,
    count,
    percent: total ? Math.round((count / total) * 100) : 0,
  }));
  return { total, shares };
}

/** Options (among the open ones) with the most votes; empty when nobody voted. */
export function leaders(votes: readonly number[], isOpen: (index: number) => boolean = () => true): number[] {
  const open = votes.map((n, i) => ({ n, i })).filter(({ i }) => isOpen(i));
  const top = Math.max(0, ...open.map(({ n }) => n));
  return top === 0 ? [] : open.filter(({ n }) => n === top).map(({ i }) => i);
}

/** The option the room picked by majority, or null on a tie or with no votes (the facilitator then picks). */
export function majority(votes: readonly number[], isOpen?: (index: number) => boolean): number | null {
  const top = leaders(votes, isOpen);
  return top.length === 1 ? (top[0] ?? null) : null;
}

/** The open option with the most votes after the one taken (ties go to the earlier letter); null if none got any. */
export function runnerUp(votes: readonly number[], chosen: number, isOpen: (index: number) => boolean = () => true) {
  return leaders(votes, (i) => i !== chosen && isOpen(i))[0] ?? null;
}

/** Adds (delta 1) or removes (delta −1) a vote for one option of the current decision. */
export function castVote(session: WorkshopSession, option: number, delta: 1 | -1, count: number): WorkshopSession {
  if (session.stage !== 'vote' || session.closed || option < 0 || option >= count) return session;
  const pending = votesFor(session.pending, count);
  pending[option] = Math.min(MAX_VOTES, Math.max(0, (pending[option] ?? 0) + delta));
  return { ...session, pending };
}

/** Clears the votes on the current decision (a recount). */
export function clearVotes(session: WorkshopSession): WorkshopSession {
  return session.stage === 'vote' && !session.closed ? { ...session, pending: [] } : session;
}

/** Closes the vote on the current decision (the countdown ran out) or opens it again. */
export function closeVote(session: WorkshopSession, closed: boolean): WorkshopSession {
  return session.stage === 'vote' && session.closed !== closed ? { ...session, closed } : session;
}

/** Hides the live tallies until the reveal, or shows them again. */
export const hideTallies = (session: WorkshopSession, hide: boolean): WorkshopSession =>
  session.hideTallies === hide ? session : { ...session, hideTallies: hide };

/** The debrief's notes: agreements or actions, cut to MAX_NOTES characters. */
export function writeNotes(session: WorkshopSession, field: 'agreements' | 'actions', text: string): WorkshopSession {
  const value = text.slice(0, MAX_NOTES);
  return session[field] === value ? session : { ...session, [field]: value };
}

/** The non-empty lines of a note, trimmed (what the recap lists). */
export const noteLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);

/** Takes an option for the current decision, keeping the votes, and shows what it did. */
export function decide(session: WorkshopSession, choice: number, count: number): WorkshopSession {
  if (session.stage !== 'vote') return session;
  const decision = { votes: votesFor(session.pending, count), choice };
  return { ...session, decisions: [...session.decisions, decision], pending: [], stage: 'reveal', closed: false };
}

/** Moves on from the reveal to the next decision (or the ending). */
export function advance(session: WorkshopSession): WorkshopSession {
  return session.stage === 'reveal' ? { ...session, stage: 'vote', pending: [], closed: false } : session;
}

/** Undoes the last decision; its votes come back so the room can change its mind. */
export function undoDecision(session: WorkshopSession): WorkshopSession {
  const last = session.decisions.at(-1);
  if (!last) return session;
  return {
    ...session,
    decisions: session.decisions.slice(0, -1),
    pending: [...last.votes],
    stage: 'vote',
    closed: false,
  };
}

/** Rewinds to decision n (1-based) and takes `choice` there instead, keeping that decision's votes. */
export function replayFrom(session: WorkshopSession, n: number, choice: number): WorkshopSession {
  const target = session.decisions[n - 1];
  if (!target) return session;
  const decisions = [...session.decisions.slice(0, n - 1), { votes: [...target.votes], choice }];
  return { ...session, decisions, pending: [], stage: 'reveal', closed: false };
}

/** Notes an ending the room reached (once). */
export function recordEnding(session: WorkshopSession, ending: string): WorkshopSession {
  return session.endings.includes(ending) ? session : { ...session, endings: [...session.endings, ending] };
}

/** The option indexes taken so far, for the engine's replayChoices/startPlay. */
export const choicesOf = (session: WorkshopSession) => session.decisions.map((d) => d.choice);

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_VOTES;
const isVotes = (v: unknown): v is number[] => Array.isArray(v) && v.length <= 9 && v.every(isCount);
const isIdList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 50 && v.every((x) => typeof x === 'string' && x.length <= 100);
const isDecision = (d: unknown): d is RoomDecision => {
  if (typeof d !== 'object' || d === null) return false;
  const r = d as Record<string, unknown>;
  return isVotes(r.votes) && Number.isInteger(r.choice) && (r.choice as number) >= 0 && (r.choice as number) < 9;
};

const isNote = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_NOTES;

/** A version 1 record becomes version 2 with empty notes and the tallies shown (what version 1 did). */
export function upgradeSession(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return value;
  return { ...value, version: 2, agreements: '', actions: '', hideTallies: false, closed: false };
}

/** The schema for a saved session: a clean record when its shape is right, otherwise null. */
export function parseSession(value: unknown): WorkshopSession | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const ok =
    r.version === SESSION_VERSION &&
    isNote(r.agreements) &&
    isNote(r.actions) &&
    typeof r.hideTallies === 'boolean' &&
    typeof r.closed === 'boolean' &&
    typeof r.scenario === 'string' &&
    typeof r.fingerprint === 'string' &&
    Array.isArray(r.decisions) &&
    r.decisions.length <= 200 &&
    r.decisions.every(isDecision) &&
    isVotes(r.pending) &&
    (r.stage === 'vote' || r.stage === 'reveal') &&
    (r.stage === 'vote' || r.decisions.length > 0) &&
    (r.endings === undefined || isIdList(r.endings)) &&
    typeof r.savedAt === 'string';
  if (!ok) return null;
  return {
    version: SESSION_VERSION,
    scenario: r.scenario as string,
    fingerprint: r.fingerprint as string,
    decisions: (r.decisions as RoomDecision[]).map((d) => ({ votes: [...d.votes], choice: d.choice })),
    pending: [...(r.pending as number[])],
    stage: r.stage as Stage,
    // every ending id is kept, including ones the scenario no longer has: the views show the known ones
    endings: isIdList(r.endings) ? [...r.endings] : [],
    agreements: r.agreements as string,
    actions: r.actions as string,
    hideTallies: r.hideTallies as boolean,
    closed: (r.closed as boolean) && r.stage === 'vote',
    savedAt: r.savedAt as string,
  };
}

/** True when every decision's votes fit the scene it was made in (the path itself is checked by replaying). */
function votesFitScenes(scenario: Scenario, session: WorkshopSession): boolean {
  const replay = replayChoices(scenario, choicesOf(session));
  if (!replay.ok) return false;
  const sceneOf = (id: string) => scenario.scenes.find((s) => s.id === id);
  const fits = replay.snapshot.context.history.every(
    (h, i) => (session.decisions[i]?.votes.length ?? -1) <= (sceneOf(h.scene)?.choices.length ?? 0),
  );
  const current = sceneOf(stateKey(replay.snapshot));
  return fits && session.pending.length <= (current?.choices.length ?? 0);
}

/** The record kind of a scenario's session: another scenario's or an impossible path is damaged; a changed scenario outdated. */
export function sessionKind(id: string, scenario: Scenario): RecordKind<WorkshopSession> {
  return {
    key: sessionKey(id),
    version: SESSION_VERSION,
    maxSize: 100_000,
    upgrade: upgradeSession,
    parse: parseSession,
    fits: (r) =>
      r.scenario !== id
        ? 'corrupt'
        : r.fingerprint !== fingerprintScenario(scenario)
          ? 'outdated'
          : // same scenario but a path or vote list it could never have produced: hand-edited or damaged
            votesFitScenes(scenario, r)
            ? 'ok'
            : 'corrupt',
  };
}

/** A session as loaded: the outcome (tell the facilitator), the slot to save through, and the session to run. */
export interface SessionLoad {
  loaded: Loaded<WorkshopSession>;
  slot: Slot;
  session: WorkshopSession;
}

/** Loads and checks the saved session; a record that cannot be used is set aside (see records.ts) and reported. */
export function loadSession(
  id: string,
  scenario: Scenario,
  store: KeyValueStore | undefined = browserStorage(),
): SessionLoad {
  const { loaded, slot } = loadRecord(sessionKind(id, scenario), store);
  return { loaded, slot, session: loaded.status === 'loaded' ? loaded.record : newSession(id, scenario) };
}

/** Re-reads the session another tab saved; null when there is nothing usable to adopt. */
export function reloadSession(id: string, scenario: Scenario, slot: Slot): WorkshopSession | null {
  const loaded = reloadRecord(sessionKind(id, scenario), slot);
  return loaded.status === 'loaded' ? loaded.record : loaded.status === 'empty' ? newSession(id, scenario) : null;
}

/** What is saved for a session (also what a download holds). */
export const sessionRecord = (session: WorkshopSession): WorkshopSession => ({
  ...session,
  savedAt: new Date().toISOString(),
});

/** Saves the session (compare-and-set: never over a newer revision another tab saved). Restart saves a new session. */
export function saveSession(slot: Slot, session: WorkshopSession): Saved {
  return saveRecord(slot, sessionRecord(session));
}

/** True when two sessions hold the same room state (what was saved apart from its time). */
export const sameSession = (a: WorkshopSession, b: WorkshopSession) =>
  JSON.stringify({ ...a, savedAt: '' }) === JSON.stringify({ ...b, savedAt: '' });
