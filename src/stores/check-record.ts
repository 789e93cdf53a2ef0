// The part of the learner's progress record that holds knowledge-check results: each question's history and its
// place in spaced review (wrong answers come back after 1, 3 and 7 days), and each page's last and best result.
// Its shape and its validation, which every page's visit script needs; recording attempts, review and mastery are in
// check-review.ts, loaded only where a check or the review runs. learner-progress.ts saves it with the record.

import { isRecord } from './records';

/** Days until a question answered wrongly comes back, then after each right answer in review. */
export const REVIEW_DAYS = [1, 3, 7] as const;
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

export const REF = /^[a-z]+\/[a-z0-9-]{1,100}$/;
export const QUESTION = /^[a-z]+\/[a-z0-9-]{1,100}#[a-z0-9-]{2,40}$/;
export const isIsoTime = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
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
