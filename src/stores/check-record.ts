// The part of the learner's progress record that holds knowledge-check results: each question's history and its
// place in spaced review (wrong answers come back after 1, 3 and 7 days), and each page's last and best result.
// Pure functions over plain data; learner-progress.ts reads, validates and saves it with the rest of the record.

/** Days until a question answered wrongly comes back, then after each right answer in review. */
export const REVIEW_DAYS = [1, 3, 7] as const;
const DAY = 86_400_000;
/** Most questions and pages kept (a record stays small whatever a hostile file claims). */
const MAX_ENTRIES = 2_000;

/** One question's history. `step` 0 means not in review; 1..3 index REVIEW_DAYS (the wait before `due`). */
export interface QuestionState {
  right: number;
  wrong: number;
  last: 'right' | 'wrong';
  at: string;
  step: number;
  due?: string;
}

/** A page's (or path's) check results. */
export interface PageResult {
  right: number;
  total: number;
  best: number;
  attempts: number;
  at: string;
}

/** Check results in the progress record. */
export interface CheckRecord {
  /** "topics/definition-of-done#export-done" → state. */
  questions: Record<string, QuestionState>;
  /** "topics/definition-of-done" → last result. */
  pages: Record<string, PageResult>;
}

/** One checked attempt, as the check script reports it. */
export interface Attempt {
  ref: string;
  /** Question key → answered right. */
  answers: Record<string, boolean>;
}

export const emptyChecks = (): CheckRecord => ({ questions: {}, pages: {} });

const REF = /^[a-z]+\/[a-z0-9-]{1,100}$/;
const QUESTION = /^[a-z]+\/[a-z0-9-]{1,100}#[a-z0-9-]{2,40}$/;
const isIsoTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 1e6;

function parseQuestion(v: unknown): QuestionState | null {
  if (!isRecord(v) || !isCount(v.right) || !isCount(v.wrong) || (v.last !== 'right' && v.last !== 'wrong')) return null;
  if (!isIsoTime(v.at) || !isCount(v.step) || v.step > REVIEW_DAYS.length) return null;
  if (v.due !== undefined && !isIsoTime(v.due)) return null;
  if (v.step > 0 !== (v.due !== undefined)) return null;
  const q: QuestionState = { right: v.right, wrong: v.wrong, last: v.last, at: v.at, step: v.step };
  if (v.due !== undefined) q.due = v.due as string;
  return q;
}

function parsePage(v: unknown): PageResult | null {
  if (!isRecord(v) || !isCount(v.right) || !isCount(v.total) || !isCount(v.best) || !isCount(v.attempts)) return null;
  if (v.total < 1 || v.total > 50 || v.right > v.total || v.best > v.total || !isIsoTime(v.at)) return null;
  return { right: v.right, total: v.total, best: v.best, attempts: v.attempts, at: v.at };
}

/** The shape check of the stored check results: a clean copy, or null when anything in it is damaged. */
export function parseChecks(value: unknown): CheckRecord | null {
  if (!isRecord(value) || !isRecord(value.questions) || !isRecord(value.pages)) return null;
  const questions = Object.entries(value.questions);
  const pages = Object.entries(value.pages);
  if (questions.length > MAX_ENTRIES || pages.length > MAX_ENTRIES) return null;
  const out = emptyChecks();
  for (const [key, v] of questions) {
    const q = parseQuestion(v);
    if (!QUESTION.test(key) || !q) return null;
    out.questions[key] = q;
  }
  for (const [key, v] of pages) {
    const p = parsePage(v);
    if (!REF.test(key) || !p) return null;
    out.pages[key] = p;
  }
  return out;
}

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
