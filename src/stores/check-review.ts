// Knowledge-check results over time: recording an attempt (wrong answers come back after 1, 3 and 7 days), the
// questions due for review, a page's mastery, and merging two records' results. Pure functions over plain data.
import {
  type Attempt,
  type CheckRecord,
  emptyChecks,
  QUESTION,
  type QuestionState,
  REF,
  REVIEW_DAYS,
} from './check-record';

const DAY = 86_400_000;

const isDue = (q: QuestionState, now: Date) => q.due !== undefined && Date.parse(q.due) <= now.getTime();

/**
 * Records an attempt. A wrong answer puts the question in review, due a day later; a right answer to a question
 * that is due moves it to the next wait (3, then 7 days) and, after the last, out of review. A right answer before
 * the question is due (an immediate retake) counts, but does not skip the wait.
 */
export function recordAttempt(checks: CheckRecord, attempt: Attempt, now = new Date()): void {
  if (!REF.test(attempt.ref)) return;
  const at = now.toISOString();
  const keys = Object.keys(attempt.answers).filter((k) => QUESTION.test(k));
  if (keys.length === 0 || keys.length > 50) return;
  let right = 0;
  for (const key of keys) {
    const ok = attempt.answers[key] === true;
    const q = checks.questions[key] ?? { right: 0, wrong: 0, last: 'right', at, step: 0 };
    const next: QuestionState = { right: q.right, wrong: q.wrong, last: ok ? 'right' : 'wrong', at, step: q.step };
    if (q.due) next.due = q.due;
    if (ok) {
      right++;
      next.right++;
      if (q.step > 0 && isDue(q, now)) {
        next.step = q.step < REVIEW_DAYS.length ? q.step + 1 : 0;
        if (next.step === 0) delete next.due;
        else next.due = new Date(now.getTime() + (REVIEW_DAYS[next.step - 1] as number) * DAY).toISOString();
      }
    } else {
      next.wrong++;
      next.step = 1;
      next.due = new Date(now.getTime() + REVIEW_DAYS[0] * DAY).toISOString();
    }
    checks.questions[key] = next;
  }
  const before = checks.pages[attempt.ref];
  checks.pages[attempt.ref] = {
    right,
    total: keys.length,
    best: Math.max(right, before?.best ?? 0),
    attempts: (before?.attempts ?? 0) + 1,
    at,
  };
}

/** Keys of questions due for review now, soonest first. */
export function dueQuestions(checks: CheckRecord, now = new Date()): string[] {
  return Object.entries(checks.questions)
    .filter(([, q]) => isDue(q, now))
    .sort(([, a], [, b]) => Date.parse(a.due ?? '') - Date.parse(b.due ?? ''))
    .map(([key]) => key);
}

/** How well a page is known: never checked, practised, or mastered (last attempt all right, nothing in review). */
export type Mastery = 'not-started' | 'practised' | 'mastered';

/** The mastery of a page; it falls back to practised when a later attempt or a review finds a gap. */
export function masteryOf(checks: CheckRecord, ref: string): Mastery {
  const page = checks.pages[ref];
  if (!page) return 'not-started';
  if (page.right < page.total) return 'practised';
  const inReview = Object.entries(checks.questions).some(([key, q]) => key.startsWith(`${ref}#`) && q.step > 0);
  return inReview ? 'practised' : 'mastered';
}

const later = <T extends { at: string }>(a: T | undefined, b: T | undefined): T | undefined =>
  !a ? b : !b ? a : Date.parse(b.at) > Date.parse(a.at) ? b : a;

/** Both records' check results together: for each question and page, the later state (a page keeps the best best). */
export function mergeChecks(a: CheckRecord, b: CheckRecord): CheckRecord {
  const out = emptyChecks();
  for (const key of new Set([...Object.keys(a.questions), ...Object.keys(b.questions)])) {
    const q = later(a.questions[key], b.questions[key]);
    if (q) out.questions[key] = { ...q };
  }
  for (const key of new Set([...Object.keys(a.pages), ...Object.keys(b.pages)])) {
    const p = later(a.pages[key], b.pages[key]);
    if (p)
      out.pages[key] = {
        ...p,
        best: Math.max(a.pages[key]?.best ?? 0, b.pages[key]?.best ?? 0),
        attempts: Math.max(a.pages[key]?.attempts ?? 0, b.pages[key]?.attempts ?? 0),
      };
  }
  return out;
}
