import { describe, expect, test } from 'vitest';
import { fingerprintScenario } from '../../src/scenarios';
import {
  endingsKey,
  knownEndings,
  loadEndingsFound,
  loadProgress,
  progressKey,
  recordEnding,
  reloadProgress,
  saveProgress,
} from '../../src/stores/scenario-progress';
import { listSetAside } from '../../src/stores/storage';
import { memoryStorage, quotaStorage, throwingStorage } from '../support/storage';
import { loadScenario } from './scenarios/load';

const scenario = loadScenario('tests/fixtures/scenarios/valid/tiny.yaml');
const id = 'tiny';
const memory = () => memoryStorage();
const saved = (choices: number[], extra: object = {}) =>
  JSON.stringify({
    version: 1,
    scenario: id,
    fingerprint: fingerprintScenario(scenario),
    choices,
    savedAt: 'then',
    ...extra,
  });

describe('saved progress', () => {
  test('a saved game resumes with the same choices', () => {
    const store = memory();
    const { slot } = loadProgress(id, scenario, store);
    expect(saveProgress(slot, id, scenario, [2, 1])).toMatchObject({ status: 'saved' });
    expect(store.data.has('stl:scenario:v1:tiny')).toBe(true);
    expect(loadProgress(id, scenario, store)).toMatchObject({ loaded: { status: 'loaded' }, choices: [2, 1] });
  });

  test('nothing saved yet is "empty"', () => {
    expect(loadProgress(id, scenario, memory()).loaded).toEqual({ status: 'empty' });
  });

  test.each([
    ['not JSON', '{oops'],
    ['wrong shape', JSON.stringify({ version: 1, scenario: id, choices: 'all of them' })],
    ['another scenario', saved([], { scenario: 'other' })],
  ])('a corrupt record (%s) is set aside and reported, never dropped', (_name, raw) => {
    const store = memory();
    store.setItem(progressKey(id), raw);
    const { loaded } = loadProgress(id, scenario, store);
    expect(loaded).toMatchObject({ status: 'set-aside', reason: 'corrupt', raw });
    const copyKey = loaded.status === 'set-aside' ? loaded.copyKey : null;
    expect(copyKey).toMatch(/^stl:scenario:v1:tiny:set-aside:\d+-1$/);
    expect(store.data.get(copyKey ?? '')).toBe(raw);
    expect(store.data.has(progressKey(id))).toBe(false);
  });

  test('an older format, an older scenario and choices it no longer accepts are outdated', () => {
    for (const raw of [
      JSON.stringify({ version: 0, scene: 'ask' }),
      saved([0], { fingerprint: 'deadbeef' }),
      saved([5]),
    ]) {
      const store = memory();
      store.setItem(progressKey(id), raw);
      expect(loadProgress(id, scenario, store).loaded).toMatchObject({ status: 'set-aside', reason: 'outdated', raw });
    }
  });

  test('a record from a newer version of the site is named "newer", left in place and never saved over', () => {
    const raw = JSON.stringify({ version: 2, scenario: id, plays: [[0, 1]] });
    const store = memoryStorage({ [progressKey(id)]: raw });
    const { loaded, slot } = loadProgress(id, scenario, store);
    expect(loaded).toMatchObject({ status: 'set-aside', reason: 'newer', copyKey: null, raw });
    expect(saveProgress(slot, id, scenario, [0])).toEqual({ status: 'blocked' });
    expect(store.getItem(progressKey(id))).toBe(raw);
  });

  test('a second damaged record gets its own copy; the first copy survives', () => {
    const store = memory();
    store.setItem(progressKey(id), 'first damage');
    loadProgress(id, scenario, store);
    store.setItem(progressKey(id), 'second damage');
    loadProgress(id, scenario, store);
    const copies = listSetAside(store, progressKey(id)).map((c) => store.getItem(c.key));
    expect(copies.sort()).toEqual(['first damage', 'second damage']);
  });

  test('when storage is full the damaged record stays in place and play goes on unsaved', () => {
    const store = quotaStorage({ [progressKey(id)]: '{oops' }, { writesLeft: 0 });
    const { loaded, slot } = loadProgress(id, scenario, store);
    expect(loaded).toMatchObject({ status: 'set-aside', copyKey: null, full: true });
    expect(saveProgress(slot, id, scenario, [0])).toEqual({ status: 'blocked' });
    expect(store.getItem(progressKey(id))).toBe('{oops');
  });

  test('a full quota during play says the save failed; the last saved choices stay', () => {
    const store = quotaStorage({}, { writesLeft: 1 });
    const { slot } = loadProgress(id, scenario, store);
    expect(saveProgress(slot, id, scenario, [0])).toMatchObject({ status: 'saved' });
    expect(saveProgress(slot, id, scenario, [0, 1])).toEqual({ status: 'failed', full: true });
    expect(loadProgress(id, scenario, store).choices).toEqual([0]);
  });

  test('an older tab cannot rewind a newer one; it follows it instead', () => {
    const store = memory();
    const older = loadProgress(id, scenario, store).slot;
    const newer = loadProgress(id, scenario, store).slot;
    saveProgress(newer, id, scenario, [0]);
    saveProgress(newer, id, scenario, [0, 1]);
    expect(saveProgress(older, id, scenario, [2])).toEqual({ status: 'conflict' });
    expect(loadProgress(id, scenario, store).choices).toEqual([0, 1]);
    expect(reloadProgress(id, scenario, older)).toEqual([0, 1]);
    expect(saveProgress(older, id, scenario, [0, 1, 0])).toMatchObject({ status: 'saved' });
  });

  test('storage that throws (private mode) never crashes', () => {
    const { loaded, slot } = loadProgress(id, scenario, throwingStorage);
    expect(loaded).toEqual({ status: 'unavailable' });
    expect(saveProgress(slot, id, scenario, [0])).toEqual({ status: 'failed', full: false });
    const endings = loadEndingsFound(id, throwingStorage);
    expect(endings.endings).toEqual([]);
    expect(recordEnding(endings.slot, id, [], 'good').endings).toEqual(['good']);
  });
});

describe('endings found', () => {
  test('are recorded once each, and ids the scenario no longer has are kept, not dropped', () => {
    const store = memory();
    const { slot } = loadEndingsFound(id, store);
    let found = recordEnding(slot, id, [], 'good').endings;
    found = recordEnding(slot, id, found, 'good').endings;
    expect(recordEnding(slot, id, found, 'bad').endings).toEqual(['good', 'bad']);
    store.setItem(endingsKey(id), JSON.stringify(['good', 'gone']));
    const loaded = loadEndingsFound(id, store);
    expect(loaded.endings).toEqual(['good', 'gone']);
    expect(knownEndings(scenario, loaded.endings)).toEqual(['good']);
    expect(recordEnding(loaded.slot, id, loaded.endings, 'bad').endings).toEqual(['good', 'gone', 'bad']);
    expect(JSON.parse(store.getItem(endingsKey(id)) ?? '').endings).toEqual(['good', 'gone', 'bad']);
  });

  test('another tab’s endings are merged in, not written over', () => {
    const store = memory();
    const a = loadEndingsFound(id, store);
    const b = loadEndingsFound(id, store);
    recordEnding(a.slot, id, [], 'good');
    expect(recordEnding(b.slot, id, [], 'bad').endings).toEqual(['good', 'bad']);
    expect(loadEndingsFound(id, store).endings).toEqual(['good', 'bad']);
  });

  test('a damaged list is set aside under its own key, reported and downloadable', () => {
    const store = memory();
    store.setItem(endingsKey(id), '{"not": "a list"');
    const found = loadEndingsFound(id, store);
    expect(found.endings).toEqual([]);
    expect(found.loaded).toMatchObject({ status: 'set-aside', reason: 'corrupt', raw: '{"not": "a list"' });
    const copyKey = found.loaded.status === 'set-aside' ? found.loaded.copyKey : null;
    expect(store.getItem(copyKey ?? '')).toBe('{"not": "a list"');
    expect(store.getItem(endingsKey(id))).toBeNull();
  });

  test('the fingerprint ignores prose but notices a changed branch', () => {
    const reworded = {
      ...scenario,
      title: 'Another title',
      scenes: scenario.scenes.map((s) => ({ ...s, situation: 'New words here.' })),
    };
    expect(fingerprintScenario(reworded)).toBe(fingerprintScenario(scenario));
    const rewired = { ...scenario, start: 'later' };
    expect(fingerprintScenario(rewired)).not.toBe(fingerprintScenario(scenario));
  });
});
