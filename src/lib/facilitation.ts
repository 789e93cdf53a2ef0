// What the facilitator guide, the role cards and the discussion cards work out from one scenario file: running
// clock times, decisions in story order, who is in the story and what each person saw that others did not.
// Pure functions (no Astro, no DOM), so the pages stay thin and the rules are tested in tests/unit.

/** One step of a time plan. */
export interface PlanStep {
  minutes: number;
  step: string;
}
/** A step placed on the clock: minutes from the start of the session. */
export interface TimedStep extends PlanStep {
  start: number;
  end: number;
}

/** Places steps one after another on the clock, starting `from` minutes in. */
export function timeline(steps: readonly PlanStep[], from = 0): TimedStep[] {
  let at = from;
  return steps.map((s) => {
    const start = at;
    at += s.minutes;
    return { ...s, start, end: at };
  });
}

/** Parses "HH:MM" (24-hour clock) into minutes after midnight, or undefined when it is not a valid time. */
export function parseClock(text: string): number | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/**
 * A point in the session as a clock: "0:05" (elapsed) without a start time, "14:05" with one (minutes after
 * midnight; wraps past midnight).
 */
export function clock(minutes: number, startAt?: number): string {
  const total = startAt === undefined ? minutes : (startAt + minutes) % (24 * 60);
  const h = Math.floor(total / 60);
  const m = String(total % 60).padStart(2, '0');
  return startAt === undefined ? `${h}:${m}` : `${String(h).padStart(2, '0')}:${m}`;
}

/**
 * Fits a time plan into `total` minutes, keeping each step's share (largest remainder, every step at least one
 * minute). The result always sums to `total` when total ≥ the number of steps.
 */
export function scaleSteps(steps: readonly PlanStep[], total: number): PlanStep[] {
  const sum = steps.reduce((n, s) => n + s.minutes, 0);
  if (sum === total || steps.length === 0) return steps.map((s) => ({ ...s }));
  const spare = total - steps.length; // one minute each is reserved, the rest shared by weight
  const exact = steps.map((s) => (s.minutes / sum) * Math.max(0, spare));
  const whole = exact.map(Math.floor);
  let left = Math.max(0, spare) - whole.reduce((n, w) => n + w, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left--;
  }
  return steps.map((s, i) => ({ step: s.step, minutes: (whole[i] ?? 0) + 1 }));
}

/** The fields of a scenario these functions read. */
export interface StoryShape {
  start: string;
  playAs?: string | undefined;
  seat: string;
  otherSideNote?: string | undefined;
  scenes: ReadonlyArray<{
    id: string;
    moment: string;
    present: readonly string[];
    speaker?: string | undefined;
    choices: ReadonlyArray<{ next: string }>;
  }>;
  checkpoints: ReadonlyArray<{ id: string; routes: ReadonlyArray<{ next: string }>; otherwise: string }>;
}

/** Scene ids in story order: breadth first from the start, through choices and checkpoints; unreached scenes last. */
export function storyOrder(story: StoryShape): string[] {
  const scenes = new Map(story.scenes.map((s) => [s.id, s]));
  const checkpoints = new Map(story.checkpoints.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const order: string[] = [];
  const queue = [story.start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const scene = scenes.get(id);
    if (scene) {
      order.push(id);
      queue.push(...scene.choices.map((c) => c.next));
    }
    const cp = checkpoints.get(id);
    if (cp) queue.push(...cp.routes.map((r) => r.next), cp.otherwise);
  }
  return [...order, ...story.scenes.map((s) => s.id).filter((id) => !seen.has(id))];
}

/** The cast ids a scenario names, in order of first appearance (the person the learner plays first). */
export function castOf(story: StoryShape): string[] {
  const ids = new Set<string>();
  if (story.playAs) ids.add(story.playAs);
  for (const s of story.scenes) {
    if (s.speaker) ids.add(s.speaker);
    for (const p of s.present) ids.add(p);
  }
  return [...ids];
}

/** A small-room moment: this person was there with only a few of the others (never counting the learner). */
export interface PrivateMoment {
  moment: string;
  /** The other people of the story who were there too. */
  with: string[];
}

/** What one person in the story (not the learner) took part in: where they speak, and what most others missed. */
export interface PersonInStory {
  id: string;
  /** Moments where this person speaks. */
  speaks: string[];
  /** Moments this person was in while fewer than half of the other people in the story were. */
  privateMoments: PrivateMoment[];
  /** Every moment this person is in. */
  moments: string[];
}

/** Where `castId` appears in the story, and which moments they saw that most of the others did not. */
export function personInStory(story: StoryShape, castId: string): PersonInStory {
  const others = castOf(story).filter((id) => id !== story.playAs && id !== castId);
  const order = storyOrder(story);
  const scenes = [...story.scenes].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const inScene = (s: StoryShape['scenes'][number], id: string) => s.speaker === id || s.present.includes(id);
  const mine = scenes.filter((s) => inScene(s, castId));
  return {
    id: castId,
    speaks: mine.filter((s) => s.speaker === castId).map((s) => s.moment),
    moments: mine.map((s) => s.moment),
    privateMoments: mine
      .map((s) => ({ moment: s.moment, with: others.filter((id) => inScene(s, id)) }))
      .filter((m) => m.with.length * 2 < others.length),
  };
}

/** The seat a cast accountability plays in a scenario (stakeholders sit with the leaders). */
const seatOf = (accountability: string) => (accountability === 'stakeholder' ? 'leader' : accountability);

/**
 * For a perspective pair: which people in `story` hold the other seat's knowledge (the other scenario's `playAs`,
 * or everyone in the story whose accountability is the other scenario's seat), and what that knowledge is
 * (`story.otherSideNote`: what the other seat knew that this seat did not).
 */
export function otherSeatHolders(
  story: StoryShape,
  other: { seat: string; playAs?: string | undefined },
  accountabilityOf: (castId: string) => string | undefined,
): string[] {
  const inStory = castOf(story).filter((id) => id !== story.playAs);
  if (other.playAs) return inStory.filter((id) => id === other.playAs);
  return inStory.filter((id) => seatOf(accountabilityOf(id) ?? '') === other.seat);
}
