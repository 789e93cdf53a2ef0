import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  coveringRoutes,
  createPlayModel,
  enumerateRoutes,
  reachableStates,
  type Scenario,
  scenarioStats,
  statsProblems,
} from '../../src/scenarios';
import { loadScenario } from '../unit/scenarios/load';

// Pinned so any change to a story's branching shows up in review: complete routes per ending. Update deliberately,
// with the reason in the commit.
const pinnedRoutes: Record<string, Record<string, number>> = {
  'after-the-outage': {
    'what-thursday-taught': 31,
    'fixed-for-now': 46,
    'a-rule-for-every-release': 54,
    'a-name-in-the-file': 31,
    'the-meeting-instead': 27,
  },
  'done-mostly': {
    'done-means-done': 28,
    'trust-on-probation': 12,
    'honest-but-bruised': 68,
    'the-word-done-breaks': 116,
  },
  'just-for-reference': {
    'their-numbers-your-order': 7,
    'a-date-with-an-asterisk': 17,
    'the-daily-report': 12,
    'built-your-way': 8,
  },
  'just-squeeze-it-in': {
    'one-report-shown-whole': 16,
    'shipped-at-a-price': 20,
    'less-than-promised': 14,
    'found-out-last': 44,
    'right-on-paper': 16,
  },
  'lost-in-relay': {
    'the-why-arrived': 66,
    'caught-in-time': 85,
    'right-build-wrong-room': 137,
    'one-line-one-culprit': 72,
    'done-on-the-slide': 72,
  },
  'making-room-for-the-fix': {
    'debt-on-the-table': 12,
    'a-slow-start': 6,
    'over-graces-head': 27,
    'what-grace-was-not-told': 36,
    'a-share-that-shrank': 36,
  },
  'mid-sprint-swerve': {
    'a-swerve-not-a-crash': 65,
    'right-but-sore': 31,
    'made-it-at-a-price': 192,
    'the-dates-flip': 48,
    'cancelled-with-your-blessing': 96,
  },
  'the-date-sales-gave': {
    'a-forecast-you-could-pass-on': 34,
    'right-in-the-end': 91,
    'tomas-is-happy': 63,
    'the-slide-that-never-changed': 28,
    'sprint-started-twice': 17,
  },
  'the-debt-conversation': {
    'interest-coming-down': 11,
    'the-quiet-slip': 27,
    'the-pause-that-grew': 18,
    'a-truce-not-a-plan': 26,
    'back-to-firefighting': 19,
  },
  'the-helpful-scrum-master': {
    'her-backlog-waiting': 28,
    'clean-hands-slow-week': 20,
    'handed-back-in-public': 57,
    'a-second-product-owner': 81,
  },
  'the-missed-date': {
    'a-close-elena-could-plan': 32,
    'half-repaired': 76,
    'on-track-again': 54,
    'all-of-it-none-done': 27,
  },
  'the-refinement-nobody-came-to': {
    'a-backlog-with-many-hands': 41,
    'a-lesson-paid-for': 67,
    'the-scrum-masters-backlog': 99,
    'two-sides-keeping-score': 36,
  },
  'the-safe-forecast': {
    'a-number-to-plan-on': 14,
    'still-discounted': 30,
    'safe-and-small': 6,
    'the-cost-went-elsewhere': 18,
    'the-same-room-again': 24,
  },
  'the-side-door': {
    'a-front-door-that-opens': 22,
    'it-worked-this-time': 27,
    'slow-but-straight': 113,
    'the-fix-that-broke-nordvik': 27,
    overruled: 18,
  },
  'the-sprint-goal-moves': {
    'both-goals-kept': 40,
    'castellan-first-trust-thin': 112,
    'held-the-line-alone': 8,
    'the-shortcut-shows': 40,
    'cancelled-for-louder': 89,
  },
  'the-velocity-league': {
    'numbers-that-mean-something': 36,
    'smooth-line-rough-team': 100,
    'honest-and-unheard': 26,
    'points-inflation': 90,
  },
  'too-many-rooms': {
    'reachable-enough': 150,
    'the-long-way-round': 270,
    'a-sprint-late': 282,
    'two-rooms-no-bridge': 351,
  },
};

/** Above this many routes, the model test walks a set of routes that takes every transition instead. */
const ROUTE_BUDGET = 5_000;

const dir = 'content/scenarios';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

test('every scenario file has pinned route counts', () => {
  expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual(Object.keys(pinnedRoutes).sort());
});

/** The routes to walk: all of them when few enough, else a set covering every transition of the state map. */
function routesToWalk(scenario: Scenario) {
  const map = reachableStates(scenario);
  const all = enumerateRoutes(scenario, { map, limit: ROUTE_BUDGET });
  return { map, all, walk: all.complete ? all.paths.map((p) => p.choices) : coveringRoutes(scenario, map) };
}

describe.each(files)('%s: every route through the play module', (file) => {
  const id = file.replace(/\.yaml$/, '');
  const scenario = loadScenario(`${dir}/${file}`);
  const model = createPlayModel(scenario);
  const { map, all, walk } = routesToWalk(scenario);
  const stats = scenarioStats(scenario, map);
  const tone = new Map(scenario.endings.map((e) => [e.id, e.tone]));

  test('route counts per ending are pinned, and the state map counts what the routes walk', () => {
    const counts = Object.fromEntries(stats.byEnding.map((e) => [e.id, e.routes]));
    expect(counts).toEqual(pinnedRoutes[id]);
    if (all.complete)
      for (const e of stats.byEnding) expect(all.paths.filter((p) => p.ending === e.id).length, e.id).toBe(e.routes);
  });

  test('each route plays to its ending: every choice open when taken, what it changed as declared, why this ending from the rules that fired', () => {
    const taken = new Set<string>();
    for (const route of walk) {
      const label = `${id} route ${route.join(',')}`;
      let play: number[] = [];
      for (const index of route) {
        const before = model.state(play);
        const choice = before.scene?.choices[index];
        expect(choice?.open, `${label}: choice ${index} at ${before.scene?.id} is open`).toBe(true);
        taken.add(`${before.scene?.id}#${index}`);
        play = model.choose(play, index);
        const after = model.state(play);
        const last = after.steps.at(-1);
        const declared = scenario.scenes.find((s) => s.id === before.scene?.id)?.choices[index];
        // What each choice changed, as the views show it, is exactly the effect the file declares: the verifier refuses
        // effects that would leave a meter's bounds, so a clamp must never silently change what the learner is told.
        for (const change of last?.changes ?? [])
          expect(change.delta, `${label}: ${change.id}`).toBe(declared?.effects[change.id] ?? 0);
        for (const fact of declared?.sets ?? []) expect(after.facts, `${label}: sets ${fact}`).toContain(fact);
        expect(last?.feedback.trim().length, `${label}: feedback`).toBeGreaterThan(20);
        // A chain of checkpoints: each hop starts where the last one went, and the chain ends where the play is.
        const hops = last?.checkpoints ?? [];
        hops.forEach((h, i) => {
          const cp = scenario.checkpoints.find((c) => c.id === h.checkpoint);
          if (i > 0) expect(h.checkpoint).toBe(hops[i - 1]?.next);
          // the rule reported is the first that holds (no earlier rule held), or otherwise
          const firstHolding = cp?.routes.findIndex((r) =>
            r.when.every((c) =>
              'fact' in c
                ? h.facts.includes(c.fact)
                : 'notFact' in c
                  ? !h.facts.includes(c.notFact)
                  : (c.atLeast === undefined || (h.meters[c.meter] ?? 0) >= c.atLeast) &&
                    (c.atMost === undefined || (h.meters[c.meter] ?? 0) <= c.atMost),
            ),
          );
          expect(h.rule, `${label}: rule at ${h.checkpoint}`).toBe(firstHolding);
        });
        if (hops.length) expect(after.ending?.id ?? after.scene?.id).toBe(hops.at(-1)?.next);
      }
      const end = model.state(play);
      expect(end.ending, `${label} ends`).toBeDefined();
      expect(end.steps).toHaveLength(route.length);
      expect(end.ending?.why).toEqual(end.steps.at(-1)?.checkpoints);
      // Back, go back to decision N and restart are operations on the list.
      expect(model.state(model.back(play)).steps).toHaveLength(route.length - 1);
      expect(model.goBackTo(play, 2)).toEqual(route.slice(0, 1));
      expect(model.state(model.restart()).scene?.id).toBe(scenario.start);
    }
    // Every open choice in every reachable state was taken by some walked route.
    for (const state of map.states.values())
      for (const move of state.moves)
        if (move.to !== null)
          expect(taken.has(`${state.node}#${move.index}`), `${state.node}#${move.index}`).toBe(true);
  });

  test('a breaking choice never ends well, on any route', () => {
    for (const route of walk) {
      const end = model.state(route);
      if (end.steps.some((s) => s.breaks)) expect(tone.get(end.ending?.id ?? ''), route.join(',')).not.toBe('good');
    }
  });

  test('meets the library rules: at most 40 % good routes, at least 4 decisions on every route, not guessable, facts route and change texts', () => {
    expect(statsProblems(stats, scenario)).toEqual([]);
  });
});
