import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { enumerateRoutes, reachableStates, scenarioStats, verifyScenario } from '../../../src/scenarios';
import { scenarioSchema } from '../../../src/schemas/scenario';

/**
 * A chain of `decisions` scenes with 3 choices each that move three meters, set facts every third scene, read them in
 * later locks and variants, and end at a checkpoint routing by facts and meters. Built as YAML text and parsed by
 * the real schema, so the build's own verification runs on it.
 */
function chain(decisions: number) {
  const facts = Array.from({ length: Math.ceil(decisions / 3) }, (_, i) => ({
    id: `fact-${i}`,
    means: `you did thing ${i}`,
  }));
  const scenes = Array.from({ length: decisions }, (_, i) => ({
    id: `scene-${i}`,
    moment: `Day ${i + 1}, 9:00`,
    present: ['ines'],
    situation:
      i > 2
        ? [{ when: { fact: `fact-${Math.floor((i - 3) / 3)}` }, text: 'You said so earlier.' }, { text: 'A new day.' }]
        : 'A new day.',
    choices: [0, 1, 2].map((c) => ({
      label: `Option ${c} of scene ${i}`,
      effects: { 'team-trust-in-po': c - 1, 'po-trust-in-team': 1 - c, pace: c === 2 ? -1 : 0 },
      ...(i % 3 === 0 && c !== 1 ? { sets: [`fact-${i / 3}`] } : {}),
      ...(i % 3 === 2 && c === 2 ? { when: { meter: 'pace', atLeast: 2 } } : {}),
      feedback: 'It moves on.',
      next: i === decisions - 1 ? 'weigh' : `scene-${i + 1}`,
    })),
  }));
  return stringify({
    title: 'Generated chain',
    summary: 'A generated chain for the verification budget. You play a Developer.',
    seat: 'developer',
    learnerRole: 'a Developer',
    touches: ['events/sprint-planning'],
    estimatedMinutes: 12,
    outcomes: ['Verify quickly.'],
    meters: [
      { id: 'team-trust-in-po', label: 'Team trust', start: 5, min: -20, max: 30 },
      { id: 'po-trust-in-team', label: 'PO trust', start: 5, min: -20, max: 30 },
      { id: 'pace', label: 'Pace', start: 5, min: -20, max: 30 },
    ],
    facts,
    start: 'scene-0',
    scenes,
    checkpoints: [
      {
        id: 'weigh',
        question: 'Did it work out?',
        routes: [
          { when: [{ fact: 'fact-0' }, { meter: 'po-trust-in-team', atLeast: 6 }], next: 'good' },
          { when: { notFact: 'fact-1' }, next: 'mixed' },
        ],
        otherwise: 'bad',
      },
    ],
    endings: ['good', 'mixed', 'bad'].map((tone) => ({
      id: tone,
      title: tone,
      tone,
      outcome: [{ when: { fact: `fact-${facts.length - 1}` }, text: 'You did the last thing.' }, { text: 'The end.' }],
      debrief: ['Why?'],
    })),
  });
}

test('a scenario of 12 decisions with 3 choices each and facts verifies in well under a second', async () => {
  const { parse } = await import('yaml');
  const raw = parse(chain(12));
  const t0 = performance.now();
  const result = scenarioSchema.safeParse(raw);
  const ms = performance.now() - t0;
  expect(result.success, result.success ? '' : result.error.issues[0]?.message).toBe(true);
  if (!result.success) return;
  const map = reachableStates(result.data);
  const stats = scenarioStats(result.data, map);
  console.log(
    `12 decisions x 3 choices: ${map.states.size} states, ${stats.routes} routes, verified in ${ms.toFixed(0)} ms`,
  );
  // 3^12 = 531,441 routes minus the locked third choices; path enumeration would never finish in the build
  expect(stats.routes).toBeGreaterThan(100_000);
  expect(ms).toBeLessThan(1000);
});

test('route counts from the state map equal the routes enumerated one by one', async () => {
  const { parse } = await import('yaml');
  const result = scenarioSchema.safeParse(parse(chain(6)));
  expect(result.success).toBe(true);
  if (!result.success) return;
  expect(verifyScenario(result.data)).toEqual([]);
  const map = reachableStates(result.data);
  const stats = scenarioStats(result.data, map);
  const { paths, complete } = enumerateRoutes(result.data, { map });
  expect(complete).toBe(true);
  expect(stats.routes).toBe(paths.length);
  for (const e of stats.byEnding) expect(e.routes, e.id).toBe(paths.filter((p) => p.ending === e.id).length);
  expect(stats.minDecisions).toBe(6);
});
