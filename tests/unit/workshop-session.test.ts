import { describe, expect, test } from 'vitest';
import { replayChoices, type Scenario } from '../../src/scenarios';
import { listSetAside } from '../../src/stores/storage';
import {
  advance,
  castVote,
  choicesOf,
  clearVotes,
  decide,
  leaders,
  loadSession,
  majority,
  newSession,
  recordEnding,
  reloadSession,
  replayFrom,
  runnerUp,
  saveSession,
  sessionKey,
  tally,
  undoDecision,
  type WorkshopSession,
} from '../../src/stores/workshop-session';
import { memoryStorage, throwingStorage } from '../support/storage';
import { loadScenario } from './scenarios/load';

const id = 'just-squeeze-it-in';
const scenario = loadScenario(`content/scenarios/${id}.yaml`);
const memory = () => memoryStorage();
const throwing = throwingStorage;

/** Casts votes like a facilitator pressing + per option, e.g. [3, 1, 0]. */
function room(session: WorkshopSession, votes: number[]): WorkshopSession {
  let s = session;
  for (const [option, n] of votes.entries()) for (let i = 0; i < n; i++) s = castVote(s, option, 1, votes.length);
  return s;
}
/** Votes then goes with the majority, then moves on: one whole decision. */
function decideByRoom(session: WorkshopSession, votes: number[]): WorkshopSession {
  const s = room(session, votes);
  const pick = majority(s.pending);
  if (pick === null) throw new Error(`no majority in ${votes}`);
  return advance(decide(s, pick, votes.length));
}

describe('workshop session: counting the room', () => {
  test('votes are tallied with whole percentages', () => {
    const s = room(newSession(id, scenario), [5, 4, 2]);
    expect(s.pending).toEqual([5, 4, 2]);
    expect(tally(s.pending)).toEqual({
      total: 11,
      shares: [
        { index: 0, count: 5, percent: 45 },
        { index: 1, count: 4, percent: 36 },
        { index: 2, count: 2, percent: 18 },
      ],
    });
  });

  test('a vote can be taken back but never below zero', () => {
    let s = room(newSession(id, scenario), [1, 0, 0]);
    s = castVote(castVote(s, 0, -1, 3), 0, -1, 3);
    expect(s.pending).toEqual([0, 0, 0]);
    expect(castVote(s, 7, 1, 3)).toBe(s);
  });

  test('a recount clears the current decision’s votes only', () => {
    const s = clearVotes(room(decideByRoom(newSession(id, scenario), [2, 1, 0]), [4, 4]));
    expect(s.pending).toEqual([]);
    expect(s.decisions).toEqual([{ votes: [2, 1, 0], choice: 0 }]);
  });

  test('the majority is the single option with the most votes', () => {
    expect(majority([5, 4, 2])).toBe(0);
    expect(majority([1, 0, 3])).toBe(2);
  });

  test('a tie or an empty room picks nothing: the facilitator decides', () => {
    expect(majority([3, 3, 1])).toBeNull();
    expect(leaders([3, 3, 1])).toEqual([0, 1]);
    expect(majority([0, 0, 0])).toBeNull();
    expect(majority([])).toBeNull();
  });

  test('votes for a locked option never win', () => {
    expect(majority([1, 0, 6], (i) => i !== 2)).toBe(0);
  });

  test('the runner-up is the best of the others, if anyone voted for it', () => {
    expect(runnerUp([5, 4, 2], 0)).toBe(1);
    expect(runnerUp([5, 2, 2], 0)).toBe(1);
    expect(runnerUp([5, 0, 0], 0)).toBeNull();
    expect(runnerUp([1, 3, 0], 1, (i) => i !== 0)).toBeNull();
  });
});

describe('workshop session: the room moves through the scenario', () => {
  test('deciding keeps the split, reveals, then moves on to the next scene', () => {
    let s = room(newSession(id, scenario), [6, 2, 1]);
    s = decide(s, 0, 3);
    expect(s.stage).toBe('reveal');
    expect(s.decisions).toEqual([{ votes: [6, 2, 1], choice: 0 }]);
    expect(castVote(s, 0, 1, 3)).toBe(s);
    s = advance(s);
    expect(s.stage).toBe('vote');
    expect(s.pending).toEqual([]);
    expect(replayChoices(scenario, choicesOf(s)).snapshot.value).toBe('corridor');
  });

  test('back one decision brings that decision’s votes back', () => {
    const s = undoDecision(decideByRoom(newSession(id, scenario), [4, 1, 0]));
    expect(s).toMatchObject({ decisions: [], pending: [4, 1, 0], stage: 'vote' });
  });

  test('replaying from decision 2 with the runner-up keeps earlier decisions and that split', () => {
    let s = newSession(id, scenario);
    for (const votes of [
      [5, 1, 0],
      [3, 2],
      [4, 0, 0],
      [6, 1],
      [2, 1, 0],
    ])
      s = decideByRoom(s, votes);
    expect(replayChoices(scenario, choicesOf(s)).snapshot.status).toBe('done');
    const second = s.decisions[1];
    const pick = second && runnerUp(second.votes, second.choice);
    expect(pick).toBe(1);
    s = replayFrom(s, 2, pick ?? 0);
    expect(s.decisions).toEqual([
      { votes: [5, 1, 0], choice: 0 },
      { votes: [3, 2], choice: 1 },
    ]);
    expect(s.stage).toBe('reveal');
    expect(replayChoices(scenario, choicesOf(s)).snapshot.value).toBe('sprint-goal');
  });
});

describe('workshop session: kept in the browser', () => {
  test('a session saved mid-vote resumes with its votes and stage', () => {
    const store = memory();
    let s = decideByRoom(newSession(id, scenario), [5, 1, 0]);
    s = room(s, [2, 3]);
    expect(saveSession(loadSession(id, scenario, store).slot, s)).toMatchObject({ status: 'saved' });
    const loaded = loadSession(id, scenario, store);
    expect(loaded.loaded.status).toBe('loaded');
    expect(loaded.session).toMatchObject({
      decisions: [{ votes: [5, 1, 0], choice: 0 }],
      pending: [2, 3],
      stage: 'vote',
    });
  });

  test('endings the room found survive a reload; endings the scenario no longer has are kept, not dropped', () => {
    const store = memory();
    let s = recordEnding(recordEnding(newSession(id, scenario), 'right-on-paper'), 'right-on-paper');
    expect(s.endings).toEqual(['right-on-paper']);
    s = { ...s, endings: [...s.endings, 'an-ending-since-removed'] };
    saveSession(loadSession(id, scenario, store).slot, s);
    expect(loadSession(id, scenario, store).session.endings).toEqual(['right-on-paper', 'an-ending-since-removed']);
  });

  test('nothing saved starts a fresh session', () => {
    expect(loadSession(id, scenario, memory())).toMatchObject({
      loaded: { status: 'empty' },
      session: { decisions: [] },
    });
  });

  test('workshop votes live under their own key, apart from learner progress', () => {
    expect(sessionKey(id)).toBe('stl:workshop:v1:just-squeeze-it-in');
  });

  test.each([
    ['not JSON', '{"version":1,'],
    ['a wrong shape', JSON.stringify({ version: 1, scenario: id, decisions: 'lots' })],
    ['endings that are not ids', JSON.stringify({ ...newSession(id, scenario), endings: [{ id: 1 }] })],
    ['negative votes', JSON.stringify({ ...newSession(id, scenario), pending: [-3] })],
    ['a reveal with no decision', JSON.stringify({ ...newSession(id, scenario), stage: 'reveal' })],
    [
      'a path the scenario cannot take',
      JSON.stringify({ ...newSession(id, scenario), decisions: [{ votes: [1], choice: 5 }] }),
    ],
    ['another scenario’s session', JSON.stringify(newSession('done-mostly', scenario))],
  ])('a record with %s is set aside as damaged and reported, not dropped', (_, raw) => {
    const store = memory();
    store.setItem(sessionKey(id), raw);
    const loaded = loadSession(id, scenario, store);
    expect(loaded.loaded).toMatchObject({ status: 'set-aside', reason: 'corrupt', raw });
    expect(loaded.session.decisions).toEqual([]);
    const [copy] = listSetAside(store, sessionKey(id));
    expect(store.data.get(copy?.key ?? '')).toBe(raw);
    expect(store.data.has(sessionKey(id))).toBe(false);
  });

  test('a session saved before the scenario changed is set aside as out of date', () => {
    const store = memory();
    saveSession(loadSession(id, scenario, store).slot, decideByRoom(newSession(id, scenario), [5, 1, 0]));
    const raw = store.data.get(sessionKey(id));
    const changed: Scenario = structuredClone(scenario);
    const first = changed.scenes[0]?.choices[0];
    if (first) first.next = 'what-matters';
    const loaded = loadSession(id, changed, store);
    expect(loaded.loaded).toMatchObject({ status: 'set-aside', reason: 'outdated', raw });
    expect(store.data.get(listSetAside(store, sessionKey(id))[0]?.key ?? '')).toBe(raw);
  });

  test('storage that throws (private modes) is reported as unavailable, and saving says it failed', () => {
    const loaded = loadSession(id, scenario, throwing);
    expect(loaded.loaded.status).toBe('unavailable');
    expect(saveSession(loaded.slot, newSession(id, scenario))).toEqual({ status: 'failed', full: false });
  });

  test('two consoles: a vote in a stale one never wipes a decision the other made', () => {
    const store = memory();
    const a = loadSession(id, scenario, store);
    const b = loadSession(id, scenario, store);
    const decided = decideByRoom(a.session, [5, 1, 0]);
    expect(saveSession(a.slot, decided)).toMatchObject({ status: 'saved' });
    expect(saveSession(b.slot, room(b.session, [1]))).toEqual({ status: 'conflict' });
    expect(loadSession(id, scenario, store).session.decisions).toHaveLength(1);
    const fresh = reloadSession(id, scenario, b.slot);
    expect(fresh?.decisions).toHaveLength(1);
    expect(saveSession(b.slot, room(fresh ?? b.session, [0, 2]))).toMatchObject({ status: 'saved' });
    expect(loadSession(id, scenario, store).session).toMatchObject({ decisions: [{ choice: 0 }], pending: [0, 2] });
  });
});
