// The workshop planner's rules: read a plan from its link (validated), choose the scenarios, and lay out a timed
// agenda (opener, team trust check, one or two scenarios, close with one working agreement). Pure, so the page's
// no-JavaScript default, the browser script and the tests all use the same function.
import { type PlanStep, parseClock, scaleSteps, type TimedStep, timeline } from './facilitation';
import { planUi as P } from './kit-labels';

/** What the planner knows about one scenario (from its file's facilitation block). */
export interface PlanScenario {
  id: string;
  title: string;
  goal: string;
  minutes: number;
  groupMin: number;
  groupMax: number;
  timePlan: PlanStep[];
  /** Ids of the events it touches ("sprint-planning"). */
  events: string[];
  /** Every page it touches ("events/sprint-planning", "topics/…"). */
  touches: string[];
  otherSide?: string | undefined;
  room: string;
  remote: string;
  materials: string[];
}
/** A Scrum event the planner can plan around. */
export interface PlanEvent {
  id: string;
  title: string;
}
/** Everything the planner chooses from. */
export interface Catalogue {
  scenarios: PlanScenario[];
  events: PlanEvent[];
  /** Whether the site has the team trust check page yet. */
  trustCheck: boolean;
}

export const LENGTHS = [60, 90, 120] as const;
export type Length = (typeof LENGTHS)[number];
export type Mode = 'room' | 'remote';
export const GROUP_RANGE = { min: 2, max: 200 } as const;

/** A plan as its link says it. */
export interface PlanRequest {
  focus: { kind: 'goal' | 'event'; id: string };
  length: Length;
  group: number;
  mode: Mode;
  /** Minutes after midnight, when a start time is given. */
  start?: number | undefined;
  /** The scenarios, in order, when the link names them (it always does once a plan is made). */
  scenarios?: string[] | undefined;
}

export type ParseResult = { ok: true; request: PlanRequest } | { ok: false; problems: string[] };

/** How many scenarios a session of this length runs. */
export const scenarioCount = (length: Length) => (length === 60 ? 1 : 2);

/** The plan the page shows when nobody has chosen yet: the first pair by title, 90 minutes, 8 people, in a room. */
export function defaultRequest(cat: Catalogue): PlanRequest {
  const byTitle = [...cat.scenarios].sort((a, b) => a.title.localeCompare(b.title));
  const first = byTitle.find((s) => s.otherSide) ?? byTitle[0];
  return { focus: { kind: 'goal', id: first?.id ?? '' }, length: 90, group: 8, mode: 'room' };
}

/** Reads a plan from a link's query. Missing values take the defaults; a value that is there must be valid. */
export function parsePlan(params: URLSearchParams, cat: Catalogue): ParseResult {
  const fallback = defaultRequest(cat);
  const problems: string[] = [];
  const goal = params.get('goal');
  const event = params.get('event');
  let focus = fallback.focus;
  if (goal !== null && event !== null) problems.push(P.problems.both);
  else if (goal !== null) {
    if (cat.scenarios.some((s) => s.id === goal)) focus = { kind: 'goal', id: goal };
    else problems.push(P.problems.unknownGoal(goal));
  } else if (event !== null) {
    if (cat.events.some((e) => e.id === event)) focus = { kind: 'event', id: event };
    else problems.push(P.problems.unknownEvent(event));
  }
  const lengthText = params.get('length');
  const length = lengthText === null ? fallback.length : (LENGTHS.find((l) => String(l) === lengthText) ?? null);
  if (length === null) problems.push(P.problems.length(lengthText ?? ''));
  const groupText = params.get('group');
  const group = groupText === null ? fallback.group : /^\d{1,3}$/.test(groupText) ? Number(groupText) : Number.NaN;
  if (!(group >= GROUP_RANGE.min && group <= GROUP_RANGE.max)) problems.push(P.problems.group(groupText ?? ''));
  const modeText = params.get('mode');
  const mode = modeText ?? fallback.mode;
  if (mode !== 'room' && mode !== 'remote') problems.push(P.problems.mode(modeText ?? ''));
  const startText = params.get('start');
  const start = startText === null || startText === '' ? undefined : parseClock(startText);
  if (startText && start === undefined) problems.push(P.problems.start(startText));
  const listText = params.get('s');
  let scenarios: string[] | undefined;
  if (listText !== null) {
    scenarios = listText.split(',');
    const known = scenarios.every((id) => cat.scenarios.some((s) => s.id === id));
    const distinct = new Set(scenarios).size === scenarios.length;
    if (!known || !distinct || (length !== null && scenarios.length !== scenarioCount(length)))
      problems.push(P.problems.scenarios(listText));
  }
  if (problems.length > 0 || length === null) return { ok: false, problems };
  return { ok: true, request: { focus, length, group, mode: mode as Mode, start, scenarios } };
}

/** The link's query for a plan: the same plan comes back from parsePlan, scenarios included. */
export function planParams(request: PlanRequest, cat: Catalogue): URLSearchParams {
  const params = new URLSearchParams();
  params.set(request.focus.kind, request.focus.id);
  params.set('length', String(request.length));
  params.set('group', String(request.group));
  params.set('mode', request.mode);
  if (request.start !== undefined) {
    const h = Math.floor(request.start / 60);
    params.set('start', `${String(h).padStart(2, '0')}:${String(request.start % 60).padStart(2, '0')}`);
  }
  params.set('s', pickScenarios(request, cat).join(','));
  return params;
}

/** The link's query as text, its scenario list readable ("s=a,b": a comma needs no escaping in a query). */
export const planQuery = (request: PlanRequest, cat: Catalogue) =>
  planParams(request, cat).toString().replaceAll('%2C', ',');

const fits = (s: PlanScenario, group: number) => group >= s.groupMin && group <= s.groupMax;
const shared = (a: PlanScenario, b: PlanScenario) => a.touches.filter((t) => b.touches.includes(t)).length;

/** The scenarios a plan runs, in order: the link's own list, else the goal's scenario or the event's best fit, then
 * its other side (a pair), else the one sharing most pages with it. */
export function pickScenarios(request: PlanRequest, cat: Catalogue): string[] {
  if (request.scenarios) return request.scenarios;
  const byId = new Map(cat.scenarios.map((s) => [s.id, s]));
  const rank = (list: PlanScenario[]) =>
    [...list].sort(
      (a, b) =>
        Number(fits(b, request.group)) - Number(fits(a, request.group)) ||
        Number(Boolean(b.otherSide)) - Number(Boolean(a.otherSide)) ||
        a.title.localeCompare(b.title),
    );
  const candidates =
    request.focus.kind === 'goal'
      ? cat.scenarios.filter((s) => s.id === request.focus.id)
      : rank(cat.scenarios.filter((s) => s.events.includes(request.focus.id)));
  const first = candidates[0];
  if (!first) return [];
  const picked = [first];
  if (scenarioCount(request.length) > 1) {
    const pair = first.otherSide ? byId.get(first.otherSide) : undefined;
    const next =
      pair ??
      candidates[1] ??
      rank(cat.scenarios.filter((s) => s.id !== first.id)).sort((a, b) => shared(b, first) - shared(a, first))[0];
    if (next) picked.push(next);
  }
  return picked.map((s) => s.id);
}

/** One block of the agenda. */
export interface AgendaItem {
  kind: 'opener' | 'trust-check' | 'scenario' | 'break' | 'close';
  start: number;
  end: number;
  title: string;
  text?: string | undefined;
  /** For a scenario: which one, its steps on the session clock, notes, the variation and materials. */
  scenario?: PlanScenario | undefined;
  steps?: TimedStep[] | undefined;
  notes?: string[] | undefined;
  variation?: string | undefined;
}
export interface Agenda {
  request: PlanRequest;
  items: AgendaItem[];
  minutes: number;
}

type Slot = [AgendaItem['kind'], number];
const SHAPES: Record<Length, Slot[]> = {
  60: [
    ['opener', 5],
    ['trust-check', 5],
    ['scenario', 40],
    ['close', 10],
  ],
  90: [
    ['opener', 5],
    ['trust-check', 10],
    ['scenario', 35],
    ['scenario', 30],
    ['close', 10],
  ],
  120: [
    ['opener', 10],
    ['trust-check', 10],
    ['scenario', 45],
    ['break', 10],
    ['scenario', 35],
    ['close', 10],
  ],
};

/** The timed agenda for a plan. */
export function buildAgenda(request: PlanRequest, cat: Catalogue): Agenda {
  const byId = new Map(cat.scenarios.map((s) => [s.id, s]));
  const picked = pickScenarios(request, cat).map((id) => byId.get(id));
  let at = 0;
  let n = 0;
  const items: AgendaItem[] = [];
  for (const [kind, minutes] of SHAPES[request.length]) {
    const start = at;
    at += minutes;
    if (kind === 'scenario') {
      const s = picked[n++];
      if (!s) continue;
      const prev = picked[n - 2];
      const notes: string[] = [];
      if (prev?.otherSide === s.id) notes.push(P.otherSide);
      if (s.minutes > minutes) notes.push(P.shortened(s.minutes, minutes));
      if (s.minutes < minutes) notes.push(P.lengthened(s.minutes, minutes));
      if (request.group > s.groupMax) notes.push(P.groupLarge(s.groupMax));
      if (request.group < s.groupMin) notes.push(P.groupSmall(s.groupMin));
      items.push({
        kind,
        start,
        end: at,
        title: `${P.scenario(n)}: ${s.title}`,
        text: s.goal,
        scenario: s,
        steps: timeline(scaleSteps(s.timePlan, minutes), start),
        notes,
        variation: request.mode === 'remote' ? s.remote : s.room,
      });
      continue;
    }
    const words = {
      opener: [P.opener, P.openerText],
      'trust-check': [P.trustCheck, cat.trustCheck ? P.trustCheckText : P.trustCheckPaper],
      break: [P.break, P.breakText],
      close: [P.close, P.closeText],
    } as const;
    const [title, text] = words[kind];
    items.push({ kind, start, end: at, title, text });
  }
  return { request: { ...request, scenarios: picked.flatMap((s) => (s ? [s.id] : [])) }, items, minutes: at };
}
