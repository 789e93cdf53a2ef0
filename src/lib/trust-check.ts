// The team trust check's arithmetic and its shareable state, with no DOM: averages per statement and per area, the
// weakest area, and the link format. A link holds only averages (never one person's answers) and is validated
// strictly, so a changed or truncated link is refused as a whole rather than half-read.

/** One check's result: how many people answered and each statement's average (1 to 5), in content order. */
export interface TrustResult {
  people: number;
  averages: number[];
}

/** Largest team a facilitator can enter (anything larger is a typo or a tampered link). */
export const MAX_PEOPLE = 200;

/** Averages from individual answer sets (each a list of 1..5 per statement). */
export function averageOf(answerSets: readonly (readonly number[])[]): TrustResult | null {
  const first = answerSets[0];
  if (!first || answerSets.some((a) => a.length !== first.length || a.some((v) => !isScore(v)))) return null;
  const averages = first.map((_, i) => answerSets.reduce((sum, a) => sum + (a[i] as number), 0) / answerSets.length);
  return { people: answerSets.length, averages };
}

const isScore = (v: number) => Number.isInteger(v) && v >= 1 && v <= 5;

/** The average of the statements of each area, keyed by area id, in the order areas are given. */
export function areaScores(
  result: TrustResult,
  statementAreas: readonly string[],
  areas: readonly string[],
): { area: string; score: number }[] {
  return areas.map((area) => {
    const values = result.averages.filter((_, i) => statementAreas[i] === area);
    return { area, score: values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1) };
  });
}

/** The weakest area (lowest score; ties go to the first). */
export const weakest = (scores: readonly { area: string; score: number }[]) =>
  scores.reduce((low, s) => (s.score < low.score ? s : low), scores[0] as { area: string; score: number });

/** One decimal, as shown and as shared. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The link form of a result: "1.<people>.<a1>-<a2>-…" with each average times ten (10..50). Version first, so a
 * future format can be told apart.
 */
export function encodeResult(result: TrustResult): string {
  return `1.${result.people}.${result.averages.map((a) => Math.round(a * 10)).join('-')}`;
}

/** Reads a link's result; null for anything that is not exactly a result for `statements` statements. */
export function decodeResult(text: string | null, statements: number): TrustResult | null {
  if (text === null || text.length > 200) return null;
  const match = /^1\.(\d{1,3})\.((?:\d{2}-)*\d{2})$/.exec(text);
  if (!match) return null;
  const people = Number(match[1]);
  const tenths = (match[2] ?? '').split('-').map(Number);
  if (people < 1 || people > MAX_PEOPLE || tenths.length !== statements) return null;
  if (tenths.some((t) => t < 10 || t > 50)) return null;
  return { people, averages: tenths.map((t) => t / 10) };
}

/** Parses a facilitator's typed average ("3.5" or "3,5"); null when it is not a number from 1 to 5. */
export function parseAverage(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^\d(\.\d{1,2})?$/.test(clean)) return null;
  const n = Number(clean);
  return n >= 1 && n <= 5 ? round1(n) : null;
}
