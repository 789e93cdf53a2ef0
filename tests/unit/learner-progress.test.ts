import { describe, expect, test } from 'vitest';
import {
  emptyProgress,
  isSitePath,
  loadProgress,
  PROGRESS_KEY,
  peekProgress,
  recordVisit,
  type StorageLike,
  saveProgress,
  setDone,
  siteHref,
  updateProgress,
} from '../../src/stores/learner-progress';
import { mergeProgress, parseProgressText, planImport, saveImport } from '../../src/stores/progress-import';
import { listSetAside } from '../../src/stores/storage';
import { memoryStorage, quotaStorage, throwingStorage as sharedThrowing } from '../support/storage';

const throwingStorage: StorageLike = sharedThrowing;

describe('learner progress store', () => {
  test('a visit and a page marked done survive a save and a fresh read', () => {
    const storage = memoryStorage();
    updateProgress(storage, (p) =>
      recordVisit(p, '/roles/product-owner/', 'Product Owner', new Date('2026-11-20T10:00:00Z')),
    );
    updateProgress(storage, (p) => setDone(p, 'roles/product-owner', true));
    const { progress, loaded } = loadProgress(storage);
    expect(loaded.status).toBe('loaded');
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

  test('a corrupt record is set aside under its own key and reported, not dropped', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"version":1,"visited":' });
    const { loaded } = loadProgress(storage);
    expect(loaded).toMatchObject({ status: 'set-aside', reason: 'corrupt', raw: '{"version":1,"visited":' });
    const copyKey = loaded.status === 'set-aside' ? loaded.copyKey : null;
    expect(copyKey?.startsWith('stl:progress:set-aside:')).toBe(true);
    expect(storage.getItem(copyKey ?? '')).toBe('{"version":1,"visited":');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(listSetAside(storage, PROGRESS_KEY).map((c) => c.key)).toEqual([copyKey]);
  });

  test('an older record is "outdated" and kept aside; a newer one is named as such and left in place', () => {
    const old = JSON.stringify({ version: 0, pages: ['/roles/'] });
    const storage = memoryStorage({ [PROGRESS_KEY]: old });
    expect(loadProgress(storage).loaded).toMatchObject({ status: 'set-aside', reason: 'outdated', raw: old });
    const newer = JSON.stringify({ version: 3, visited: {}, done: {}, notes: {} });
    const again = memoryStorage({ [PROGRESS_KEY]: newer });
    expect(loadProgress(again).loaded).toMatchObject({ status: 'set-aside', reason: 'newer', copyKey: null });
    expect(again.getItem(PROGRESS_KEY)).toBe(newer);
  });

  test('a damaged record that cannot be copied (storage full) stays, and nothing is saved over it', () => {
    const storage = quotaStorage({ [PROGRESS_KEY]: 'not json' }, { writesLeft: 0 });
    const { loaded, slot } = loadProgress(storage);
    expect(loaded).toMatchObject({ status: 'set-aside', copyKey: null, full: true });
    storage.writesLeft = 5;
    expect(saveProgress(slot, emptyProgress())).toEqual({ status: 'blocked' });
    expect(storage.getItem(PROGRESS_KEY)).toBe('not json');
  });

  test('recording a visit never overwrites a record that could not be read', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'not json' });
    expect(updateProgress(storage, (p) => recordVisit(p, '/roles/', 'Roles'))).toBeNull();
    expect(storage.getItem(PROGRESS_KEY)).toBe('not json');
  });

  test('storage that throws on every call is survived, and reports that nothing was saved', () => {
    expect(peekProgress(throwingStorage).progress).toEqual(emptyProgress());
    const { loaded, slot } = loadProgress(throwingStorage);
    expect(loaded).toEqual({ status: 'unavailable' });
    expect(saveProgress(slot, emptyProgress())).toEqual({ status: 'failed', full: false });
    expect(updateProgress(null, () => {})).toBeNull();
    expect(listSetAside(throwingStorage, PROGRESS_KEY)).toEqual([]);
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
    ['a future version', { version: 7, visited: {}, done: {} }, 'newer'],
    ['an older version', { version: 0, visited: {}, done: {} }, 'outdated'],
    ['no version at all', { visited: {}, done: {} }, 'corrupt'],
    ['a bare number', 42, 'corrupt'],
  ])('an imported or stored record with %s is refused', (_name, value, problem) => {
    expect(parseProgressText(JSON.stringify(value))).toEqual({ problem });
  });

  test('a file that is not JSON at all is called that, not a damaged record', () => {
    expect(parseProgressText('Dear diary, today I learned Scrum.')).toEqual({ problem: 'not-json' });
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

  test.each([
    ['another host', '//evil.example/roles/'],
    ['a backslash host', '/\\evil.example/'],
    ['a backslash anywhere', '/roles\\x/'],
    ['a scheme', 'https://evil.example/'],
    ['javascript', 'javascript:alert(1)'],
    ['a doubled slash later on', '/roles//x/'],
    ['dots', '/roles/../../x/'],
    ['a query', '/roles/?next=//evil.example'],
    ['no leading slash', 'roles/'],
  ])('only same-site paths become links: %s is refused', (_name, path) => {
    expect(isSitePath(path)).toBe(false);
    expect(siteHref('/', path)).toBeNull();
    const record = { version: 1, visited: {}, done: {}, last: { path, title: 'x', at: '2026-01-01T00:00:00Z' } };
    expect(parseProgressText(JSON.stringify(record))).toEqual({ problem: 'corrupt' });
  });

  test('same-site paths become links under the site base', () => {
    expect(siteHref('/', '/roles/product-owner/')).toBe('/roles/product-owner/');
    expect(siteHref('/scrum-trust-lab/', '/roles/')).toBe('/scrum-trust-lab/roles/');
    expect(siteHref('//evil.example/', '/roles/')).toBeNull();
  });
});

describe('importing a progress file', () => {
  const ours = () => {
    const p = emptyProgress();
    recordVisit(p, '/roles/', 'Roles', new Date('2026-01-01T00:00:00Z'));
    setDone(p, 'roles/product-owner', true, new Date('2026-01-02T00:00:00Z'));
    return p;
  };
  const theirs = () => {
    const p = emptyProgress();
    recordVisit(p, '/roles/', 'Roles', new Date('2025-12-01T00:00:00Z'));
    recordVisit(p, '/events/', 'Events', new Date('2026-03-01T00:00:00Z'));
    setDone(p, 'events/sprint', true);
    return p;
  };

  test('over empty progress it loads at once; over progress it asks first, with counts for replace and merge', () => {
    expect(planImport(JSON.stringify(theirs()), emptyProgress())).toMatchObject({ kind: 'load' });
    expect(planImport(JSON.stringify(emptyProgress()), ours())).toEqual({
      kind: 'ask',
      incoming: emptyProgress(),
      current: { done: 1, visited: 1 },
      replace: { done: 0, visited: 0 },
      merge: { done: 1, visited: 1 },
    });
    expect(planImport(JSON.stringify(theirs()), ours())).toMatchObject({
      kind: 'ask',
      merge: { done: 2, visited: 2 },
    });
    expect(planImport('{oops', ours())).toEqual({ kind: 'refused', problem: 'not-json' });
  });

  test('merging keeps every page, the first time each was seen, and the later last place', () => {
    const merged = mergeProgress(ours(), theirs());
    expect(merged.visited['/roles/']).toBe('2025-12-01T00:00:00.000Z');
    expect(Object.keys(merged.done).sort()).toEqual(['events/sprint', 'roles/product-owner']);
    expect(merged.last?.path).toBe('/events/');
  });

  test('replacing keeps the old record as a set-aside copy', () => {
    const storage = memoryStorage();
    const { slot } = loadProgress(storage);
    saveProgress(slot, ours());
    const before = storage.getItem(PROGRESS_KEY);
    const result = saveImport(slot, emptyProgress());
    expect(result).toMatchObject({ status: 'saved' });
    const copyKey = result.status === 'saved' ? result.copyKey : null;
    expect(storage.getItem(copyKey ?? '')).toBe(before);
    expect(peekProgress(storage).progress).toEqual(emptyProgress());
  });

  test('when the old record cannot be copied aside, or storage is blocked, nothing is replaced', () => {
    const storage = quotaStorage();
    const { slot } = loadProgress(storage);
    saveProgress(slot, ours());
    const before = storage.getItem(PROGRESS_KEY);
    storage.writesLeft = 0;
    expect(saveImport(slot, emptyProgress())).toEqual({ status: 'failed', full: true });
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
    expect(saveImport(loadProgress(throwingStorage).slot, theirs())).toEqual({ status: 'failed', full: false });
  });
});
