import { describe, expect, test } from 'vitest';
import {
  loadRecord,
  type RecordKind,
  readRecord,
  reloadRecord,
  revisionOf,
  saveRecord,
} from '../../src/stores/records';
import { listAllSetAside } from '../../src/stores/set-aside-list';
import { copyAside, listSetAside, moveAside, newSetAsideKey } from '../../src/stores/storage';
import { memoryStorage, quotaStorage, throwingStorage } from '../support/storage';

const key = 'stl:test';

describe('moving a record aside', () => {
  test('the copy is written and read back before the original is cleared', () => {
    const store = memoryStorage({ [key]: 'old text' });
    const moved = moveAside(store, key, 'old text', 1000);
    expect(moved).toEqual({ ok: true, copyKey: 'stl:test:set-aside:1000-1' });
    expect(store.getItem('stl:test:set-aside:1000-1')).toBe('old text');
    expect(store.getItem(key)).toBeNull();
  });

  test('when storage is full the helper says the copy does not exist, and the original stays', () => {
    const big = 'x'.repeat(5000);
    const store = quotaStorage({ [key]: big }, { maxValue: 1000 });
    expect(moveAside(store, key, big)).toEqual({ ok: false, full: true });
    expect(store.getItem(key)).toBe(big);
    expect(listSetAside(store, key)).toEqual([]);
  });

  test('a copy that reads back different is removed and reported as missing', () => {
    const store = memoryStorage({ [key]: 'original' });
    const mangling = { ...store, setItem: (k: string, v: string) => store.setItem(k, v.slice(0, 3)) };
    expect(copyAside(mangling, key, 'original')).toEqual({ ok: false, full: false });
    expect(store.getItem(key)).toBe('original');
    expect([...store.data.keys()]).toEqual([key]);
  });

  test('a second record set aside in the same millisecond gets its own key; the first survives', () => {
    const store = memoryStorage();
    const first = copyAside(store, key, 'first', 1000);
    const second = copyAside(store, key, 'second', 1000);
    expect(first).toEqual({ ok: true, copyKey: 'stl:test:set-aside:1000-1' });
    expect(second).toEqual({ ok: true, copyKey: 'stl:test:set-aside:1000-2' });
    expect(store.getItem('stl:test:set-aside:1000-1')).toBe('first');
    expect(newSetAsideKey(store, key, 1000)).toBe('stl:test:set-aside:1000-3');
  });

  test('set-aside copies of a key are listed newest first, with the backup keys older versions wrote', () => {
    const store = memoryStorage({
      'stl:test:set-aside:1000-1': 'a',
      'stl:test:set-aside:3000-1': 'c',
      'stl:test:set-aside:1000-2': 'b',
      'stl:test:backup': 'legacy',
      'stl:test-other:set-aside:5000-1': 'not ours',
      'stl:test:set-aside:junk': 'not a copy key',
    });
    expect(listSetAside(store, key).map((c) => c.key)).toEqual([
      'stl:test:set-aside:3000-1',
      'stl:test:set-aside:1000-2',
      'stl:test:set-aside:1000-1',
      'stl:test:backup',
    ]);
    expect(listSetAside(throwingStorage, key)).toEqual([]);
  });

  test('every set-aside copy of every record is listed with the record it came from, newest first', () => {
    const store = memoryStorage({
      'stl:progress': '{}',
      'stl:progress:set-aside:2000-1': 'p',
      'stl:scenario:v1:done-mostly:set-aside:4000-1': 's',
      'stl:workshop:v1:just-squeeze-it-in:set-aside:3000-1': 'w',
      'stl:scenario-endings:v1:done-mostly:backup': 'legacy',
      'stl:scenario:v1:done-mostly': 'the record itself',
      'someone-else:set-aside:9000-1': 'another site on this origin',
      'stl:progress:set-aside:junk': 'not a copy key',
    });
    expect(listAllSetAside(store).map((c) => [c.of, c.key, c.at])).toEqual([
      ['stl:scenario:v1:done-mostly', 'stl:scenario:v1:done-mostly:set-aside:4000-1', 4000],
      ['stl:workshop:v1:just-squeeze-it-in', 'stl:workshop:v1:just-squeeze-it-in:set-aside:3000-1', 3000],
      ['stl:progress', 'stl:progress:set-aside:2000-1', 2000],
      ['stl:scenario-endings:v1:done-mostly', 'stl:scenario-endings:v1:done-mostly:backup', null],
    ]);
    expect(listAllSetAside(throwingStorage)).toEqual([]);
  });
});

interface Note {
  version: 2;
  text: string;
}
const noteKind: RecordKind<Note> = {
  key,
  version: 2,
  maxSize: 200,
  parse: (v) => {
    const r = v as Record<string, unknown>;
    return typeof r.text === 'string' ? { version: 2, text: r.text } : null;
  },
  fits: (r) => (r.text === 'stale' ? 'outdated' : 'ok'),
};
const note = (text: string, extra: object = {}) => JSON.stringify({ version: 2, text, ...extra });

describe('the one record loader', () => {
  test.each([
    ['not JSON', '{oops', 'corrupt'],
    ['the wrong shape', JSON.stringify({ version: 2, text: 7 }), 'corrupt'],
    ['no version', JSON.stringify({ text: 'hi' }), 'corrupt'],
    ['an older version', JSON.stringify({ version: 1, text: 'hi' }), 'outdated'],
    ['content that changed since', note('stale'), 'outdated'],
    ['a newer version of the site', JSON.stringify({ version: 3, text: 'hi', extra: [] }), 'newer'],
    ['far too much text', note('x'.repeat(300)), 'corrupt'],
  ])('a record with %s is refused as %s', (_name, raw, reason) => {
    expect(readRecord(noteKind, raw)).toEqual({ reason });
  });

  test('empty, loaded and unavailable', () => {
    expect(loadRecord(noteKind, memoryStorage()).loaded).toEqual({ status: 'empty' });
    const { loaded, slot } = loadRecord(noteKind, memoryStorage({ [key]: note('hi', { revision: 4 }) }));
    expect(loaded).toEqual({ status: 'loaded', record: { version: 2, text: 'hi' } });
    expect(slot.revision).toBe(4);
    expect(loadRecord(noteKind, throwingStorage).loaded).toEqual({ status: 'unavailable' });
    expect(loadRecord(noteKind, undefined).loaded).toEqual({ status: 'unavailable' });
  });

  test('a damaged record is set aside with exactly its text, and a fresh record can be saved', () => {
    const store = memoryStorage({ [key]: '{oops' });
    const { loaded, slot } = loadRecord(noteKind, store, { now: 42 });
    expect(loaded).toEqual({
      status: 'set-aside',
      reason: 'corrupt',
      raw: '{oops',
      copyKey: 'stl:test:set-aside:42-1',
      full: false,
    });
    expect(store.getItem('stl:test:set-aside:42-1')).toBe('{oops');
    expect(saveRecord(slot, { version: 2, text: 'new' })).toEqual({ status: 'saved', revision: 1 });
  });

  test('when the copy cannot be made, the original is never overwritten: saving is blocked', () => {
    const store = quotaStorage({ [key]: '{oops' }, { writesLeft: 0 });
    const { loaded, slot } = loadRecord(noteKind, store);
    expect(loaded).toMatchObject({ status: 'set-aside', reason: 'corrupt', copyKey: null, full: true, raw: '{oops' });
    store.writesLeft = 10; // space frees up later in the visit: still nothing is written over the original
    expect(saveRecord(slot, { version: 2, text: 'new' })).toEqual({ status: 'blocked' });
    expect(store.getItem(key)).toBe('{oops');
  });

  test('a record from a newer version is named as such and left where it is', () => {
    const newer = JSON.stringify({ version: 3, text: 'from the future' });
    const store = memoryStorage({ [key]: newer });
    const { loaded, slot } = loadRecord(noteKind, store);
    expect(loaded).toMatchObject({ status: 'set-aside', reason: 'newer', copyKey: null, raw: newer });
    expect(saveRecord(slot, { version: 2, text: 'mine' })).toEqual({ status: 'blocked' });
    expect(store.getItem(key)).toBe(newer);
  });

  test('a save that storage refuses says so, and says when the quota is full', () => {
    const full = quotaStorage({}, { writesLeft: 0 });
    expect(saveRecord(loadRecord(noteKind, full).slot, { version: 2, text: 'a' })).toEqual({
      status: 'failed',
      full: true,
    });
    const slot = { key, store: throwingStorage, revision: 0, blocked: false };
    expect(saveRecord(slot, { version: 2, text: 'a' })).toEqual({ status: 'failed', full: false });
  });

  test('two tabs: a stale tab never writes over a newer revision, and catches up by reloading', () => {
    const store = memoryStorage();
    const a = loadRecord(noteKind, store).slot;
    const b = loadRecord(noteKind, store).slot;
    expect(saveRecord(a, { version: 2, text: 'A1' })).toEqual({ status: 'saved', revision: 1 });
    expect(saveRecord(a, { version: 2, text: 'A2' })).toEqual({ status: 'saved', revision: 2 });
    expect(saveRecord(b, { version: 2, text: 'B stale' })).toEqual({ status: 'conflict' });
    expect(JSON.parse(store.getItem(key) ?? '')).toEqual({ version: 2, text: 'A2', revision: 2 });
    expect(reloadRecord(noteKind, b)).toEqual({ status: 'loaded', record: { version: 2, text: 'A2' } });
    expect(saveRecord(b, { version: 2, text: 'B3' })).toEqual({ status: 'saved', revision: 3 });
    expect(saveRecord(a, { version: 2, text: 'A stale' })).toEqual({ status: 'conflict' });
  });

  test('records saved before revisions existed count as revision 0', () => {
    expect(revisionOf(note('x'))).toBe(0);
    expect(revisionOf('["a"]')).toBe(0);
    expect(revisionOf(note('x', { revision: 9 }))).toBe(9);
    expect(revisionOf('{oops')).toBeNull();
  });
});
