import { describe, expect, test } from 'vitest';
import {
  BACKUP_PREFIX,
  backupKeys,
  emptyProgress,
  loadProgress,
  PROGRESS_KEY,
  parseProgressText,
  peekProgress,
  recordVisit,
  type StorageLike,
  saveProgress,
  setDone,
  updateProgress,
} from '../../src/stores/learner-progress';
import { memoryStorage, throwingStorage as sharedThrowing } from '../support/storage';

const throwingStorage: StorageLike = sharedThrowing;

describe('learner progress store', () => {
  test('a visit and a page marked done survive a save and a fresh read', () => {
    const storage = memoryStorage();
    updateProgress(storage, (p) =>
      recordVisit(p, '/roles/product-owner/', 'Product Owner', new Date('2026-11-20T10:00:00Z')),
    );
    updateProgress(storage, (p) => setDone(p, 'roles/product-owner', true));
    const { progress, problem } = loadProgress(storage);
    expect(problem).toBeUndefined();
    expect(progress.visited['/roles/product-owner/']).toBe('2026-11-20T10:00:00.000Z');
    expect(progress.done).toHaveProperty('roles/product-owner');
    expect(progress.last).toMatchObject({ path: '/roles/product-owner/', title: 'Product Owner' });
  });

  test('the first visit time is kept when a page is visited again, the last place moves on', () => {
    const p = emptyProgress();
    recordVisit(p, '/events/daily-scrum/', 'Daily Scrum', new Date('2026-01-01T00:00:00Z'));
    recordVisit(p, '/events/daily-scrum/', 'Daily Scrum', new Date('2026-02-01T00:00:00Z'));
    expect(p.visited['/events/daily-scrum/']).toBe('2026-01-01T00:00:00.000Z');
    expect(p.last?.at).toBe('2026-02-01T00:00:00.000Z');
  });

  test('unmarking a page removes it from done', () => {
    const p = emptyProgress();
    setDone(p, 'topics/technical-debt', true);
    setDone(p, 'topics/technical-debt', false);
    expect(p.done).toEqual({});
  });

  test('a corrupt record is moved aside under a backup key and reported, not dropped', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"version":1,"visited":' });
    const read = loadProgress(storage);
    expect(read.problem).toBe('corrupt');
    expect(read.backupKey?.startsWith(BACKUP_PREFIX)).toBe(true);
    expect(storage.getItem(read.backupKey ?? '')).toBe('{"version":1,"visited":');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(backupKeys(storage)).toEqual([read.backupKey]);
  });

  test('a record from another version is reported as such and kept aside', () => {
    const old = JSON.stringify({ version: 0, pages: ['/roles/'] });
    const storage = memoryStorage({ [PROGRESS_KEY]: old });
    const read = loadProgress(storage);
    expect(read.problem).toBe('unknown-version');
    expect(storage.getItem(read.backupKey ?? '')).toBe(old);
  });

  test('recording a visit never overwrites a record that could not be read', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'not json' });
    expect(updateProgress(storage, (p) => recordVisit(p, '/roles/', 'Roles'))).toBeNull();
    expect(storage.getItem(PROGRESS_KEY)).toBe('not json');
  });

  test('storage that throws on every call is survived, and reports that nothing was saved', () => {
    expect(peekProgress(throwingStorage).progress).toEqual(emptyProgress());
    expect(loadProgress(throwingStorage).problem).toBeUndefined();
    expect(saveProgress(throwingStorage, emptyProgress())).toBe(false);
    expect(updateProgress(null, () => {})).toBeNull();
    expect(backupKeys(throwingStorage)).toEqual([]);
  });

  test.each([
    [
      'a script tag as a path',
      { version: 1, visited: { '/<script>alert(1)</script>/': '2026-01-01T00:00:00Z' }, done: {} },
      'corrupt',
    ],
    [
      'a javascript: last place',
      {
        version: 1,
        visited: {},
        done: {},
        last: { path: 'javascript:alert(1)', title: 'x', at: '2026-01-01T00:00:00Z' },
      },
      'corrupt',
    ],
    ['a date that is not a date', { version: 1, visited: { '/roles/': 'yesterday' }, done: {} }, 'corrupt'],
    ['a list instead of a map', { version: 1, visited: [], done: {} }, 'corrupt'],
    ['a future version', { version: 7, visited: {}, done: {} }, 'unknown-version'],
    ['no version at all', { visited: {}, done: {} }, 'corrupt'],
    ['a bare number', 42, 'corrupt'],
  ])('an imported or stored record with %s is refused', (_name, value, problem) => {
    expect(parseProgressText(JSON.stringify(value))).toEqual({ problem });
  });

  test('a huge record is refused before it is parsed', () => {
    expect(parseProgressText(`"${'x'.repeat(300_000)}"`)).toEqual({ problem: 'too-large' });
  });

  test('an exported record reads back identically', () => {
    const p = emptyProgress();
    recordVisit(p, '/topics/definition-of-done/', 'Definition of Done');
    setDone(p, 'topics/definition-of-done', true);
    expect(parseProgressText(JSON.stringify(p))).toEqual({ progress: p });
  });
});
