import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { lineOf } from '../../src/lib/content-loader';
import { checkSchema } from '../../src/schemas/check';
import { contentObject } from '../../src/schemas/common';
import { checkContent, closestField } from '../../src/schemas/errors';

// A scenario-shaped schema built the way every content schema should be (contentObject): the messages below are
// what any schema gets from the content loader, with no code of its own.
const choice = contentObject({
  label: z.string().min(3),
  effects: z.record(z.string(), z.number().int()).default({}),
  next: z.string(),
});
const scene = contentObject({
  id: z.string(),
  speaker: z.string().trim().min(2),
  predict: z.string().optional(),
  choices: z.array(choice).min(1),
});
const condition = contentObject({ meter: z.string(), atLeast: z.number().int() });
const schema = contentObject({
  title: z.string(),
  scenes: z.array(scene),
  when: z.union([condition, z.array(condition)]).optional(),
});

const scenes = [
  { id: 'opening', speaker: 'Maya', choices: [{ label: 'Say yes', next: 'x' }] },
  {
    id: 'the-ask',
    speaker: 'Ravi',
    predcit: 'What next?',
    choices: [{ label: 'Push', effects: { trust: 1.5 }, next: 'y' }],
  },
];

async function messages(data: unknown) {
  return (await checkContent(schema, data)).problems.map((p) => p.message);
}

describe('content errors read like the engine: element ids, quoted values, plain words', () => {
  test('a misspelt field fails with "did you mean", naming the scene by its id', async () => {
    expect(await messages({ title: 'T', scenes })).toEqual([
      'scene "the-ask" › choice 1 › effects › trust must be a whole number; got 1.5',
      'scene "the-ask": "predcit" is not a known field; did you mean "predict"?',
    ]);
  });

  test('wrong types, missing fields and short text say what was expected and what was found', async () => {
    const data = { scenes: [{ id: 'the-ask', speaker: 'R', choices: [] }], extra: true };
    expect(await messages(data)).toEqual([
      'title is required',
      'scene "the-ask" › speaker must be at least 2 characters long; got "R"',
      'scene "the-ask" › choices needs at least 1 item; got an empty list',
      '"extra" is not a known field (known fields: title, scenes, when)',
    ]);
    expect(await messages({ title: 3, scenes: 'none' })).toEqual([
      'title must be text; got 3',
      'scenes must be a list; got "none"',
    ]);
  });

  test('a union reports the alternative that came closest, not "invalid input"', async () => {
    expect(await messages({ title: 'T', scenes: [], when: { meter: 'trust', atLeast: 'high' } })).toEqual([
      'when › atLeast must be a whole number; got "high"',
    ]);
  });

  test('a place in the file is the problem path; unknown fields point at their own key', async () => {
    const { problems } = await checkContent(schema, { title: 'T', scenes });
    expect(problems.map((p) => p.path)).toEqual([
      ['scenes', 1, 'choices', 0, 'effects', 'trust'],
      ['scenes', 1, 'predcit'],
    ]);
    const yaml = 'title: T\nscenes:\n  - id: opening\n  - id: the-ask\n    predcit: x\n';
    expect(lineOf(yaml, ['scenes', 1, 'predcit'], false)).toBe(5);
    expect(lineOf(yaml, ['scenes', 1, 'speaker'], false)).toBe(4);
    expect(lineOf(`---\n${yaml}---\n\nBody`, ['scenes', 1, 'predcit'], true)).toBe(6);
  });

  test("a refinement's own sentence is kept as written; a fragment gets its place in front", async () => {
    const refined = contentObject({ scenes: z.array(scene) }).superRefine((_data, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'Scene "the-ask": "next" points nowhere.', path: ['scenes', 0, 'id'] });
      ctx.addIssue({ code: 'custom', message: 'give both readings', path: ['scenes', 0, 'speaker'] });
    });
    const { problems } = await checkContent(refined, { scenes: [scenes[0]] });
    expect(problems.map((p) => p.message)).toEqual([
      'Scene "the-ask": "next" points nowhere.',
      'scene "opening" › speaker: give both readings',
    ]);
  });

  test('a knowledge check with a misspelt field fails instead of losing the question', async () => {
    const option = (text: string, correct = false) => ({ text, correct, why: 'Because the Guide says so here.' });
    const question = (id: string) => ({
      id,
      prompt: 'The Product Owner asks the team to promise every item. What now?',
      see: '#forecasts',
      options: [option('Forecast, not promise.', true), option('Promise it all.')],
    });
    const { prompt, ...rest } = question('q-three');
    const data = { questions: [question('q-one'), question('q-two'), { ...rest, promt: prompt }] };
    const found = (await checkContent(checkSchema, data)).problems.map((p) => p.message);
    expect(found).toContain('question "q-three": "promt" is not a known field; did you mean "prompt"?');
  });

  test('suggestions are close matches only', () => {
    expect(closestField('predcit', ['predict', 'reflect'])).toBe('predict');
    expect(closestField('Title', ['title'])).toBe('title');
    expect(closestField('colour', ['title', 'order'])).toBeUndefined();
  });
});
