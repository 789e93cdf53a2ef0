import { describe, expect, test } from 'vitest';
import {
  backupKey,
  endingsKey,
  fingerprintScenario,
  loadEndingsFound,
  loadProgress,
  progressKey,
  recordEnding,
  saveProgress,
} from '../../../src/scenarios';
import { memoryStorage, throwingStorage } from '../../support/storage';
import { loadScenario } from './load';

const scenario = loadScenario('tests/fixtures/scenarios/valid/tiny.yaml');
const id = 'tiny';
const memory = () => memoryStorage();
const throwing = throwingStorage;

describe('saved progress', () => {
  test('a saved game resumes with the same choices', () => {
    const store = memory();
    expect(saveProgress(id, scenario, [2, 1], store)).toBe(true);
    expect(store.data.has('stl:scenario:v1:tiny')).toBe(true);
    expect(loadProgress(id, scenario, store)).toEqual({ status: 'resumed', choices: [2, 1] });
  });

  test('nothing saved yet is "empty"', () => {
    expect(loadProgress(id, scenario, memory())).toEqual({ status: 'empty' });
  });

  test.each([
    ['not JSON', '{oops'],
    ['wrong shape', JSON.stringify({ version: 1, scenario: id, choices: 'all of them' })],
    [
      'another scenario',
      JSON.stringify({ version: 1, scenario: 'other', fingerprint: 'x', choices: [], savedAt: 'now' }),
    ],
    ['an older format', JSON.stringify({ version: 0, scene: 'ask' })],
  ])('a corrupt record (%s) is moved aside and reported, never dropped', (_name, raw) => {
    const store = memory();
    store.setItem(progressKey(id), raw);
    expect(loadProgress(id, scenario, store)).toEqual({
      status: 'moved-aside',
      reason: 'corrupt',
      backupKey: backupKey(progressKey(id)),
    });
    expect(store.data.get(backupKey(progressKey(id)))).toBe(raw);
    expect(store.data.has(progressKey(id))).toBe(false);
  });

  test('a record saved against an older version of the scenario is moved aside as outdated', () => {
    const store = memory();
    const raw = JSON.stringify({ version: 1, scenario: id, fingerprint: 'deadbeef', choices: [0], savedAt: 'then' });
    store.setItem(progressKey(id), raw);
    expect(loadProgress(id, scenario, store)).toMatchObject({ status: 'moved-aside', reason: 'outdated' });
    expect(store.data.get(backupKey(progressKey(id)))).toBe(raw);
  });

  test('choices the scenario no longer accepts are outdated even with a matching fingerprint', () => {
    const store = memory();
    store.setItem(
      progressKey(id),
      JSON.stringify({
        version: 1,
        scenario: id,
        fingerprint: fingerprintScenario(scenario),
        choices: [5],
        savedAt: 'now',
      }),
    );
    expect(loadProgress(id, scenario, store)).toMatchObject({ status: 'moved-aside', reason: 'outdated' });
  });

  test('storage that throws (private mode) never crashes', () => {
    expect(loadProgress(id, scenario, throwing)).toEqual({ status: 'unavailable' });
    expect(saveProgress(id, scenario, [0], throwing)).toBe(false);
    expect(loadEndingsFound(id, scenario, throwing)).toEqual({ endings: [], movedAside: null });
    expect(recordEnding(id, scenario, 'good', throwing)).toEqual(['good']);
  });

  test('endings found are recorded once each and filtered to endings that still exist', () => {
    const store = memory();
    recordEnding(id, scenario, 'good', store);
    recordEnding(id, scenario, 'good', store);
    expect(recordEnding(id, scenario, 'bad', store)).toEqual(['good', 'bad']);
    store.setItem(endingsKey(id), JSON.stringify(['good', 'gone']));
    expect(loadEndingsFound(id, scenario, store)).toEqual({ endings: ['good'], movedAside: null });
  });

  test('a damaged endings list is moved aside, reported and kept under its backup key', () => {
    const store = memory();
    store.setItem(endingsKey(id), '{"not": "a list"');
    const found = loadEndingsFound(id, scenario, store);
    expect(found.endings).toEqual([]);
    expect(found.movedAside).toMatch(/backup/);
    expect(store.getItem(found.movedAside ?? '')).toBe('{"not": "a list"');
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
