import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { shuffledOrder } from '../../src/lib/shuffle';
import { checkSchema } from '../../src/schemas/check';

const content = resolve(import.meta.dirname, '../../content');
const teaching = ['roles', 'events', 'topics'] as const;
const pages = teaching.flatMap((c) =>
  readdirSync(resolve(content, c))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `${c}/${f.replace(/\.mdx$/, '')}`),
);

/** Heading ids of a page, as the build gives them (github-slugger over "## " and "### " lines). */
function anchorsOf(ref: string): Set<string> {
  const body = readFileSync(resolve(content, `${ref}.mdx`), 'utf8')
    .split(/^---$/m)
    .slice(2)
    .join('---');
  const slugger = new GithubSlugger();
  return new Set([...body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugger.slug((m[1] ?? '').replace(/[*_`]/g, ''))));
}

describe('knowledge checks in content', () => {
  test('every accountability, event and topic page has a check, and every check belongs to a page', () => {
    const checks = teaching.flatMap((c) =>
      readdirSync(resolve(content, 'checks', c)).map((f) => `${c}/${f.replace(/\.yaml$/, '')}`),
    );
    expect(pages.length).toBeGreaterThanOrEqual(23);
    expect(checks.sort()).toEqual([...pages].sort());
  });

  test.each(pages)('%s: the check is valid and every option links to a passage that exists', (ref) => {
    const parsed = checkSchema.safeParse(parse(readFileSync(resolve(content, 'checks', `${ref}.yaml`), 'utf8')));
    if (!parsed.success)
      throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    for (const q of parsed.data.questions) {
      for (const see of [q.see, ...q.options.map((o) => o.see).filter((s) => s !== undefined)]) {
        const [path = '', anchor = ''] = see.split('#');
        const target = path ? path.replace(/^\/|\/$/g, '') : ref;
        expect(anchorsOf(target), `${ref} ${q.id}: ${see}`).toContain(anchor);
      }
    }
  });
});

describe('check schema errors an author can act on', () => {
  const question = {
    id: 'who-decides',
    prompt: 'Who decides how much work comes into the Sprint?',
    see: '#the-three-topics',
    options: [
      { text: 'The Developers.', correct: true, why: 'They select the items.' },
      { text: 'The Product Owner.', why: 'The PO orders the backlog.' },
    ],
  };
  const issues = (value: unknown) => {
    const result = checkSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  test('a well-formed check passes', () => {
    expect(issues({ questions: [question, { ...question, id: 'q-b' }, { ...question, id: 'q-c' }] })).toEqual([]);
  });
  test('two right answers are refused with the question named', () => {
    const twoRight = { ...question, options: question.options.map((o) => ({ ...o, correct: true })) };
    expect(issues({ questions: [twoRight, { ...question, id: 'q-b' }, { ...question, id: 'q-c' }] })).toContain(
      'questions.0.options: mark exactly one option "correct: true"',
    );
  });
  test('a link that is not a heading anchor, and a repeated id, are named', () => {
    const found = issues({ questions: [{ ...question, see: 'the-three-topics' }, question, question] });
    expect(found).toContain(
      'questions.0.see: expected "#heading-id" on this page, or "/collection/id/#heading-id" for a passage on another page',
    );
    expect(found).toContain('questions: every question needs its own id');
  });
  test('fewer than three questions is refused', () => {
    expect(issues({ questions: [question] }).join('\n')).toMatch(/^questions: .*3/m);
  });
});

describe('shuffled order', () => {
  test('is a permutation that differs from the previous attempt', () => {
    let previous = [0, 1, 2, 3];
    for (let i = 0; i < 50; i++) {
      const order = shuffledOrder(4, previous);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(order).not.toEqual(previous);
      previous = order;
    }
  });
  test('still changes when the random source is stuck', () => {
    expect(shuffledOrder(3, [0, 1, 2], () => 0.99)).not.toEqual([0, 1, 2]);
  });
});
