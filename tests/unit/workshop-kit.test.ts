import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  castOf,
  clock,
  otherSeatHolders,
  parseClock,
  personInStory,
  scaleSteps,
  storyOrder,
  timeline,
} from '../../src/lib/facilitation';
import {
  buildAgenda,
  type Catalogue,
  defaultRequest,
  type PlanScenario,
  parsePlan,
  pickScenarios,
  planParams,
  planQuery,
} from '../../src/lib/workshop-plan';
import { scenarioSchema } from '../../src/schemas/scenario';

const read = (id: string) => scenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')));
const ids = readdirSync('content/scenarios').map((f) => f.replace(/\.yaml$/, ''));
const castAccountability = (id: string) =>
  (parse(readFileSync(`content/cast/${id}.yaml`, 'utf8')) as { accountability: string }).accountability;

/** The planner's catalogue built from the real scenario files, the way plan.astro builds it. */
function catalogue(trustCheck = false): Catalogue {
  const scenarios: PlanScenario[] = ids.flatMap((id) => {
    const data = read(id);
    const f = data.facilitation;
    if (!f) return [];
    return [
      {
        id,
        title: data.title,
        goal: f.goal,
        minutes: f.minutes,
        groupMin: f.groupSize.min,
        groupMax: f.groupSize.max,
        timePlan: f.timePlan,
        events: data.touches.filter((t) => t.startsWith('events/')).map((t) => t.slice(7)),
        touches: data.touches,
        otherSide: data.otherSide,
        room: f.variations.room,
        remote: f.variations.remote,
        materials: f.materials,
      },
    ];
  });
  const events = [...new Set(scenarios.flatMap((s) => s.events))].map((id) => ({ id, title: id }));
  return { scenarios, events, trustCheck };
}

describe('facilitator guide: time plan on the clock', () => {
  test('steps run one after another from 0:00, or from a start time', () => {
    const steps = timeline([
      { minutes: 5, step: 'a' },
      { minutes: 15, step: 'b' },
      { minutes: 25, step: 'c' },
    ]);
    expect(steps.map((s) => `${clock(s.start)}–${clock(s.end)}`)).toEqual(['0:00–0:05', '0:05–0:20', '0:20–0:45']);
    expect(clock(65, parseClock('13:30'))).toBe('14:35');
    expect(clock(30, parseClock('23:45'))).toBe('00:15');
    expect(parseClock('25:00')).toBeUndefined();
    expect(parseClock('9:5')).toBeUndefined();
  });

  test('a time plan shrinks or grows to the slot, keeping shares and summing exactly', () => {
    const plan = read('just-squeeze-it-in').facilitation?.timePlan ?? [];
    for (const total of [12, 30, 35, 40, 45, 60]) {
      const scaled = scaleSteps(plan, total);
      expect(scaled.reduce((n, s) => n + s.minutes, 0)).toBe(total);
      expect(scaled.every((s) => s.minutes >= 1)).toBe(true);
    }
    // the 15-minute play-through stays the longest step when squeezed to 35 minutes
    const squeezed = scaleSteps(plan, 35);
    expect(Math.max(...squeezed.map((s) => s.minutes))).toBe(squeezed[1]?.minutes);
  });
});

describe('facilitator guide and cards: the story', () => {
  const story = read('just-squeeze-it-in');

  test('scenes come in story order from the start, and every scene is listed once', () => {
    const order = storyOrder(story);
    expect(order[0]).toBe(story.start);
    expect(new Set(order).size).toBe(story.scenes.length);
    // the corridor (a choice of the first scene) comes before the Daily Scrum of week two
    expect(order.indexOf('corridor')).toBeLessThan(order.indexOf('day-six'));
  });

  test('the cast is everyone named, and a small-room moment is what most others did not see', () => {
    expect(castOf(story)).toEqual(expect.arrayContaining(['ines', 'kofi', 'mateus', 'noor', 'tomas']));
    const mateus = personInStory(story, 'mateus');
    const corridor = mateus.privateMoments.find((m) => m.moment.includes('the break before the Sprint Goal'));
    expect(corridor?.with).toEqual(['noor']);
    // Sprint Planning, with nearly everyone there, is nobody's secret
    expect(mateus.privateMoments.some((m) => m.moment.includes('Sprint Planning, what can be Done'))).toBe(false);
    expect(personInStory(story, 'kofi').privateMoments).toEqual([]);
  });

  test('in a pair, the other seat’s knowledge goes to the person who holds that seat in this story', () => {
    const other = read('the-date-sales-gave');
    expect(otherSeatHolders(story, other, castAccountability)).toEqual(['ines']);
    // from Ines' seat, the other side is the Developers: every Developer in her story
    const devs = otherSeatHolders(other, story, castAccountability);
    expect(devs.length).toBeGreaterThan(0);
    expect(devs.every((id) => castAccountability(id) === 'developer')).toBe(true);
  });
});

describe('workshop planner', () => {
  const cat = catalogue();

  test('every length fills its minutes exactly, opener first and a working agreement last', () => {
    for (const length of [60, 90, 120] as const) {
      const agenda = buildAgenda({ ...defaultRequest(cat), length }, cat);
      expect(agenda.minutes).toBe(length);
      expect(agenda.items[0]?.kind).toBe('opener');
      expect(agenda.items.at(-1)?.kind).toBe('close');
      expect(agenda.items.filter((i) => i.kind === 'trust-check')).toHaveLength(1);
      expect(agenda.items.filter((i) => i.kind === 'scenario')).toHaveLength(length === 60 ? 1 : 2);
      for (const item of agenda.items.filter((i) => i.kind === 'scenario')) {
        expect(item.steps?.[0]?.start).toBe(item.start);
        expect(item.steps?.at(-1)?.end).toBe(item.end);
      }
      agenda.items.slice(1).forEach((item, i) => {
        expect(item.start).toBe(agenda.items[i]?.end);
      });
    }
  });

  test('a goal with a pair runs both sides; an event picks scenarios set in it', () => {
    const pair = pickScenarios({ ...defaultRequest(cat), focus: { kind: 'goal', id: 'just-squeeze-it-in' } }, cat);
    expect(pair).toEqual(['just-squeeze-it-in', 'the-date-sales-gave']);
    const byEvent = pickScenarios({ ...defaultRequest(cat), focus: { kind: 'event', id: 'sprint-planning' } }, cat);
    expect(byEvent).toHaveLength(2);
    const first = cat.scenarios.find((s) => s.id === byEvent[0]);
    expect(first?.events).toContain('sprint-planning');
  });

  test('a plan’s link reads back to exactly the same agenda', () => {
    const request = {
      ...defaultRequest(cat),
      focus: { kind: 'event' as const, id: 'daily-scrum' },
      length: 120 as const,
      group: 30,
      mode: 'remote' as const,
      start: 9 * 60 + 30,
    };
    const link = planParams(request, cat);
    const back = parsePlan(new URLSearchParams(link.toString()), cat);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(buildAgenda(back.request, cat)).toEqual(buildAgenda(request, cat));
    expect(link.get('start')).toBe('09:30');
    // the link a facilitator reads and shares lists its scenarios with plain commas, and reads back the same
    const query = planQuery(request, cat);
    expect(query).toMatch(/&s=[a-z-]+,[a-z-]+$/);
    expect(parsePlan(new URLSearchParams(query), cat)).toEqual(back);
    // a larger group than a scenario allows says so
    const notes = buildAgenda(back.request, cat).items.flatMap((i) => i.notes ?? []);
    expect(notes.some((n) => n.startsWith('More than'))).toBe(true);
  });

  test('a tampered link is refused with what is wrong, never half-read', () => {
    const problems = (query: string) => {
      const r = parsePlan(new URLSearchParams(query), cat);
      return r.ok ? [] : r.problems;
    };
    expect(problems('goal=nope&length=90')).toEqual(['there is no scenario “nope” to take a goal from']);
    expect(problems('goal=just-squeeze-it-in&length=75')).toEqual([
      'the length must be 60, 90 or 120 minutes (it was “75”)',
    ]);
    expect(problems('group=-3')[0]).toContain('the group must be a whole number from 2 to 200');
    expect(problems('group=1e3')[0]).toContain('(it was “1e3”)');
    expect(problems('mode=moon')[0]).toContain('“room” or “remote”');
    expect(problems('start=25:99')[0]).toContain('like 14:00');
    expect(problems('goal=a&event=b')[0]).toBe('it names both a goal and an event');
    expect(problems('length=60&s=just-squeeze-it-in,the-date-sales-gave')[0]).toContain('do not fit this plan');
    expect(problems('length=90&s=just-squeeze-it-in,just-squeeze-it-in')[0]).toContain('do not fit this plan');
    // missing values take the defaults: a bare goal is a valid plan
    expect(problems('goal=done-mostly')).toEqual([]);
  });
});
