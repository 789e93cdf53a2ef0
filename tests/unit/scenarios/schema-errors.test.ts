import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { makeScenarioSchema } from '../../../src/schemas/scenario';
import { parseScenarioFile } from './load';

const dir = 'tests/fixtures/scenarios/invalid';
const messagesOf = (file: string) => {
  const result = parseScenarioFile(join(dir, file));
  expect(result.success, `${file} should fail the schema`).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

// Each broken fixture must fail with a sentence that names the scene (or node) and the reason in plain words.
const expectations: Record<string, RegExp[]> = {
  'dangling-target.yaml': [
    /^scenes\.0\.choices\.1\.next: Scene "kickoff", choice 2 \("Negotiate"\): "next" points to "negotiation", which is not a scene, checkpoint or ending in this file \(dangling target\)\.$/,
  ],
  'unreachable-scene.yaml': [/Scene "side-talk" is unreachable: no route from the start scene "kickoff" leads to it/],
  'meter-out-of-bounds.yaml': [
    /Scene "follow-up", choice 1 \("Offer a demo"\): on some route it moves "po-trust-in-team" from 9 to 13, outside its bounds 0 to 10 \(meter out of bounds\)/,
  ],
  'loop-without-exit.yaml': [
    /Scene "debate" is caught in a loop without exit/,
    /Scene "more-debate" is caught in a loop without exit/,
  ],
  'locked-dead-end.yaml': [
    /Scene "stand-off" has no way on: .* every choice is locked/,
    /Scene "stand-off", choice 1 \("Ask for a favour"\) is never open/,
  ],
  'unreachable-ending.yaml': [/Ending "bad" is unreachable/],
  'unknown-meter.yaml': [
    /Scene "kickoff", choice 1 \("Say yes"\): "effects" moves the meter "stakeholder-mood", which is not defined under "meters"/,
  ],
  'fact-set-never-read.yaml': [
    /^facts\.0\.id: Fact "told-ines" is set but never read: scene "kickoff" sets it, but no condition, text variant or checkpoint reads it\.$/,
  ],
  'fact-read-never-set.yaml': [
    /^facts\.0\.id: Fact "told-ines" is read but never set: Checkpoint "weigh", rule 1 reads it, but no choice lists it under "sets"/,
  ],
  'breaks-reaches-good.yaml': [
    /^scenes\.0\.choices\.0\.breaks: Scene "kickoff", choice 1 \("Demo it anyway"\) breaks a rule of the Scrum Guide \(Commitment: Definition of Done\), yet a route through it reaches the good ending "good" \("A review everyone believes"\)/,
  ],
  'dead-checkpoint-rule.yaml': [
    /^checkpoints\.0\.routes\.0\.when: Checkpoint "weigh", rule 1 \(po-trust-in-team at least 8 → "good"\) never fires: it can never hold on any route: "po-trust-in-team" reaches only 4 to 6 here\.$/,
  ],
  'unknown-cast.yaml': [
    /^scenes\.0\.present\.1: Scene "kickoff", "present": "maya" is not in the cast \(no content\/cast\/maya\.yaml\); known cast ids: elena, .*ines, kofi/,
    /^scenes\.0\.speaker: Scene "kickoff": the speaker "ines" is the person the learner plays \("playAs"\)/,
  ],
  'unknown-key.yaml': [
    /^scenes\.0: Unrecognized key: "predcit"$/,
    /^scenes\.0\.choices\.0\.cites: "Sprint Planing" is not a section of the 2020 Scrum Guide; use one of: Scrum Definition, .*Sprint Planning/,
  ],
  'facilitation-and-variants.yaml': [
    /^facilitation\.minutes: Facilitation: "minutes" is 45, but the steps of "timePlan" add up to 35\.$/,
    /^facilitation\.prompts: Facilitation: "prompts" has no discussion prompt for scene "later"; every scene needs one\.$/,
    /^scenes\.0\.situation\.0: Scene "kickoff", situation: variant 1 has no "when", so the variants after it can never show/,
    /^scenes\.0\.situation\.1\.when: Scene "kickoff", situation: the last variant must be the plain default, without "when"\.$/,
    /^otherSideNote: "otherSide" is set, so "otherSideNote" is required/,
    /^otherSide: "otherSide" names "no-such-scenario", but there is no scenarios\/no-such-scenario\.yaml\.$/,
  ],
  'checkpoint-loop.yaml': [
    /Checkpoint "weigh" routes back to itself through other checkpoints without a scene in between \(loop without exit\)/,
  ],
};

describe('a broken scenario file fails the schema with the scene and the reason', () => {
  test('every invalid fixture has an expectation', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expectations).sort());
  });
  test.each(Object.entries(expectations))('%s', (file, patterns) => {
    const messages = messagesOf(file);
    for (const pattern of patterns)
      expect(
        messages.some((m) => pattern.test(m)),
        `${file}: ${messages.join(' | ')}`,
      ).toBe(true);
  });
  test('the valid fixture passes', () => {
    expect(parseScenarioFile('tests/fixtures/scenarios/valid/tiny.yaml').success).toBe(true);
  });
});

describe('perspective pairs: "otherSide" must link both ways', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'stl-pair-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const tiny = readFileSync('tests/fixtures/scenarios/valid/tiny.yaml', 'utf8');
  const write = (id: string, title: string, otherSide?: string) => {
    mkdirSync(join(tmp, 'scenarios'), { recursive: true });
    const pair = otherSide ? `otherSide: ${otherSide}\notherSideNote: The other seat knew about the date.\n` : '';
    writeFileSync(join(tmp, 'scenarios', `${id}.yaml`), `${tiny.replace(/^title: .*$/m, `title: ${title}`)}\n${pair}`);
  };
  const check = (id: string, withId: boolean) => {
    const schema = makeScenarioSchema({ root: tmp, ...(withId ? { id } : {}), castIds: () => new Set(['ines']) });
    const result = schema.safeParse(parse(readFileSync(join(tmp, 'scenarios', `${id}.yaml`), 'utf8')));
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  test('a pair that links both ways passes, with and without the entry id', () => {
    write('from-dev', 'Seen by a Developer', 'from-po');
    write('from-po', 'Seen by the PO', 'from-dev');
    expect(check('from-dev', true)).toEqual([]);
    expect(check('from-dev', false)).toEqual([]);
  });
  test('a one-way link fails, naming the other file', () => {
    write('one-way', 'One way', 'lonely');
    write('lonely', 'Lonely');
    const expected =
      /^otherSide: "otherSide" names "lonely", but scenarios\/lonely\.yaml does not link back \(its "otherSide" is missing\); the link must go both ways\.$/;
    expect(check('one-way', true)).toEqual([expect.stringMatching(expected)]);
    expect(check('one-way', false)).toEqual([expect.stringMatching(expected)]);
  });
  test('a link to a file that pairs with a third one fails', () => {
    write('third', 'Third', 'from-po');
    expect(check('third', true)[0]).toMatch(
      /scenarios\/from-po\.yaml does not link back \(its "otherSide" is "from-dev"\)/,
    );
    expect(check('third', false)[0]).toMatch(/does not link back/);
  });
});
