import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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
  'unreachable-scene.yaml': [/Scene "side-talk" is unreachable: no path from the start scene "kickoff" leads to it/],
  'meter-out-of-bounds.yaml': [
    /Scene "follow-up", choice 1 \("Offer a demo"\): on some path it moves "po-trust-in-team" from 9 to 13, outside its bounds 0 to 10 \(meter out of bounds\)/,
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
