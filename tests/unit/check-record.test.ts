import { describe, expect, test } from 'vitest';
import { emptyChecks, parseChecks } from '../../src/stores/check-record';
import { dueQuestions, masteryOf, mergeChecks, recordAttempt } from '../../src/stores/check-review';
import { emptyProgress, loadProgress, PROGRESS_KEY } from '../../src/stores/learner-progress';
import { mergeProgress, parseProgressText, planImport } from '../../src/stores/progress-import';
import { listSetAside } from '../../src/stores/storage';
import { memoryStorage } from '../support/storage';

const DAY = 86_400_000;
const t0 = new Date('2026-03-02T09:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);
const page = 'events/sprint-planning';
const q = (id: string) => `${page}#${id}`;

describe('spaced review of knowledge-check answers', () => {
  test('a wrong answer comes back after 1, then 3, then 7 days, and leaves review after the last right answer', () => {
    const c = emptyChecks();
    recordAttempt(c, { ref: page, answers: { [q('how-much')]: false, [q('timebox')]: true } }, t0);
    expect(dueQuestions(c, at(0.9))).toEqual([]);
    expect(dueQuestions(c, at(1))).toEqual([q('how-much')]);

    recordAttempt(c, { ref: page, answers: { [q('how-much')]: true } }, at(1));
    expect(dueQuestions(c, at(3.9))).toEqual([]);
    expect(dueQuestions(c, at(4))).toEqual([q('how-much')]);
    recordAttempt(c, { ref: page, answers: { [q('how-much')]: true } }, at(4));
    expect(dueQuestions(c, at(10.9))).toEqual([]);
    expect(dueQuestions(c, at(11))).toEqual([q('how-much')]);
    recordAttempt(c, { ref: page, answers: { [q('how-much')]: true } }, at(11));
    expect(dueQuestions(c, at(100))).toEqual([]);
    expect(c.questions[q('how-much')]).toMatchObject({ right: 3, wrong: 1, step: 0 });
  });

  test('a right answer straight after a wrong one counts, but does not skip the wait', () => {
    const c = emptyChecks();
    recordAttempt(c, { ref: page, answers: { [q('how-much')]: false } }, t0);
    recordAttempt(c, { ref: page, answers: { [q('how-much')]: true } }, at(0.01));
    expect(c.questions[q('how-much')]).toMatchObject({ right: 1, wrong: 1, step: 1 });
    expect(dueQuestions(c, at(1.01))).toEqual([q('how-much')]);
  });

  test('a wrong answer in review starts the schedule again at one day', () => {
    const c = emptyChecks();
    recordAttempt(c, { ref: page, answers: { [q('a1')]: false } }, t0);
    recordAttempt(c, { ref: page, answers: { [q('a1')]: true } }, at(1));
    recordAttempt(c, { ref: page, answers: { [q('a1')]: false } }, at(4));
    expect(c.questions[q('a1')]?.step).toBe(1);
    expect(dueQuestions(c, at(4.9))).toEqual([]);
    expect(dueQuestions(c, at(5))).toEqual([q('a1')]);
  });
});

describe('mastery per page', () => {
  test('not started, practised after a gap, mastered once all is right and nothing is in review, and it can fall back', () => {
    const c = emptyChecks();
    expect(masteryOf(c, page)).toBe('not-started');
    recordAttempt(c, { ref: page, answers: { [q('a1')]: true, [q('b2')]: false } }, t0);
    expect(masteryOf(c, page)).toBe('practised');
    recordAttempt(c, { ref: page, answers: { [q('a1')]: true, [q('b2')]: true } }, at(0.1));
    expect(masteryOf(c, page)).toBe('practised'); // b2 still waits for its review
    for (const day of [1, 4, 11])
      recordAttempt(c, { ref: page, answers: { [q('a1')]: true, [q('b2')]: true } }, at(day));
    expect(masteryOf(c, page)).toBe('mastered');
    expect(c.pages[page]).toMatchObject({ right: 2, total: 2, best: 2, attempts: 5 });
    recordAttempt(c, { ref: page, answers: { [q('a1')]: false, [q('b2')]: true } }, at(20));
    expect(masteryOf(c, page)).toBe('practised');
    expect(c.pages[page]?.best).toBe(2);
  });
});

describe('check results in the progress record', () => {
  test('a version 1 record (before check results) is read as version 2 with none, nothing set aside', () => {
    const v1 = JSON.stringify({ version: 1, visited: { '/roles/': t0.toISOString() }, done: {} });
    const storage = memoryStorage({ [PROGRESS_KEY]: v1 });
    const { loaded } = loadProgress(storage);
    expect(loaded).toMatchObject({ status: 'loaded', record: { version: 2, checks: { questions: {}, pages: {} } } });
    expect(listSetAside(storage, PROGRESS_KEY)).toEqual([]);
  });

  test('a record whose check results are damaged is set aside like any damaged record, and can be downloaded', () => {
    const p = emptyProgress();
    recordAttempt(p.checks, { ref: page, answers: { [q('a1')]: false } }, t0);
    const bad = JSON.parse(JSON.stringify(p));
    bad.checks.questions[q('a1')].step = 9;
    const raw = JSON.stringify(bad);
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const { loaded } = loadProgress(storage);
    expect(loaded).toMatchObject({ status: 'set-aside', reason: 'corrupt', raw });
    expect(listSetAside(storage, PROGRESS_KEY).map((c) => storage.getItem(c.key))).toEqual([raw]);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  test.each([
    ['a question key that is not a page and question id', { questions: { 'x#<img>': {} }, pages: {} }],
    [
      'a result with more right answers than questions',
      { questions: {}, pages: { [page]: { right: 5, total: 3, best: 5, attempts: 1, at: t0.toISOString() } } },
    ],
    [
      'a due date without a place in review',
      {
        questions: {
          [q('a1')]: { right: 0, wrong: 1, last: 'wrong', at: t0.toISOString(), step: 0, due: t0.toISOString() },
        },
        pages: {},
      },
    ],
  ])('an imported record with %s is refused, and nothing changes', (_name, checks) => {
    expect(parseChecks(checks)).toBeNull();
    const text = JSON.stringify({ ...emptyProgress(), checks });
    expect(parseProgressText(text)).toEqual({ problem: 'corrupt' });
    expect(planImport(text, emptyProgress())).toEqual({ kind: 'refused', problem: 'corrupt' });
  });

  test('a learner name that is too long is refused; a fitting one reads back', () => {
    expect(parseProgressText(JSON.stringify({ ...emptyProgress(), name: 'x'.repeat(81) }))).toEqual({
      problem: 'corrupt',
    });
    const named = { ...emptyProgress(), name: 'Ana Souza' };
    expect(parseProgressText(JSON.stringify(named))).toEqual({ progress: named });
  });

  test('a record holding only check results is not replaced by an import without asking', () => {
    const current = emptyProgress();
    recordAttempt(current.checks, { ref: page, answers: { [q('a1')]: true } }, t0);
    expect(planImport(JSON.stringify(emptyProgress()), current).kind).toBe('ask');
  });

  test('merging keeps the later state of each question and the best result of each page', () => {
    const a = emptyChecks();
    const b = emptyChecks();
    recordAttempt(a, { ref: page, answers: { [q('a1')]: true, [q('b2')]: true } }, t0);
    recordAttempt(b, { ref: page, answers: { [q('a1')]: false, [q('b2')]: true } }, at(2));
    const merged = mergeChecks(a, b);
    expect(merged.questions[q('a1')]).toMatchObject({ last: 'wrong', step: 1 });
    expect(merged.pages[page]).toMatchObject({ right: 1, best: 2 });
    const pa = { ...emptyProgress(), checks: a, name: 'Ana' };
    const pb = { ...emptyProgress(), checks: b };
    expect(mergeProgress(pa, pb)).toMatchObject({ name: 'Ana', checks: merged });
  });
});
