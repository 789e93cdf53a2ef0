import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { areaScores, averageOf, decodeResult, encodeResult, parseAverage, weakest } from '../../src/lib/trust-check';
import { trustCheckSchema } from '../../src/schemas/trust-check';

const file = resolve(import.meta.dirname, '../../content/trust-check/team.yaml');
const content = parse(readFileSync(file, 'utf8'));

describe('the trust check content', () => {
  test('is valid: 12 to 16 statements, each in a known area, every area used', () => {
    const parsed = trustCheckSchema.safeParse(content);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([]);
  });
  test('a statement in an unknown area is named', () => {
    const broken = structuredClone(content);
    broken.statements[0].area = 'trust-in-tools';
    const parsed = trustCheckSchema.safeParse(broken);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      'statements.0.area: "trust-in-tools" is not one of the areas: developers-trust-po, po-trusts-developers, stakeholders-and-team',
    );
  });
});

describe('trust check arithmetic and links', () => {
  test('averages anonymous answer sets and finds the weakest area', () => {
    const result = averageOf([
      [5, 4, 2, 2],
      [3, 4, 2, 3],
    ]);
    expect(result).toEqual({ people: 2, averages: [4, 4, 2, 2.5] });
    const scores = areaScores(result as NonNullable<typeof result>, ['a', 'a', 'b', 'b'], ['a', 'b']);
    expect(scores).toEqual([
      { area: 'a', score: 4 },
      { area: 'b', score: 2.25 },
    ]);
    expect(weakest(scores).area).toBe('b');
  });
  test('refuses an answer set with a missing or out-of-scale answer', () => {
    expect(averageOf([[5, 4], [3]])).toBeNull();
    expect(averageOf([[5, 6]])).toBeNull();
  });
  test('a result survives the link, rounded to one decimal', () => {
    const link = encodeResult({ people: 7, averages: [4.14, 2.5, 1, 5] });
    expect(link).toBe('1.7.41-25-10-50');
    expect(decodeResult(link, 4)).toEqual({ people: 7, averages: [4.1, 2.5, 1, 5] });
  });
  test.each([
    ['a value above 5', '1.7.41-25-10-51'],
    ['too few statements', '1.7.41-25-10'],
    ['no people', '1.0.41-25-10-50'],
    ['an unknown version', '2.7.41-25-10-50'],
    ['script in the link', '1.7.41-25-10-50<script>'],
    ['nothing', ''],
  ])('refuses a link with %s', (_name, text) => {
    expect(decodeResult(text, 4)).toBeNull();
  });
  test('reads typed averages with a point or a comma, and refuses the rest', () => {
    expect(parseAverage('3,46')).toBe(3.5);
    expect(parseAverage(' 4 ')).toBe(4);
    expect(parseAverage('6')).toBeNull();
    expect(parseAverage('0.9')).toBeNull();
    expect(parseAverage('three')).toBeNull();
  });
});
