import type { z } from 'astro/zod';

// Plain-sentence errors for authors, in the engine's own style (src/scenarios/structure.ts): name the thing by its
// id, quote the bad value, say what is expected. Used by the content loader (src/lib/content-loader.ts) for every
// collection, so any schema gets these messages without code of its own.

type Path = readonly PropertyKey[];
type RawIssue = Parameters<z.core.$ZodErrorMap>[0];
type Issue = z.core.$ZodIssue & { input?: unknown; errors?: Issue[][]; issues?: Issue[] };

/** One problem in a content file: where it is (the raw path, down to an unknown field) and a sentence naming it. */
export interface ContentProblem {
  path: (string | number)[];
  message: string;
}

/** Array fields whose element is not named by dropping a final "s" ("scenes" → scene "the-ask"). */
export const elementNames: Record<string, string> = { when: 'condition', waysIn: 'way in', entries: 'entry' };

/** Shows an author's value briefly: strings quoted, long ones cut. */
export function showValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list (${cut(JSON.stringify(value))})`;
  if (typeof value === 'object') return `a group of fields (${cut(Object.keys(value).join(', '))})`;
  return cut(typeof value === 'string' ? JSON.stringify(value) : String(value));
}
const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Edit distance counting a swap of neighbours as one edit ("predcit" → "predict" is 1). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The known field closest to a misspelt one, if any is close enough to be a likely typo. */
export function closestField(key: string, known: readonly string[]): string | undefined {
  const limit = key.length <= 4 ? 1 : 2;
  let best: { field: string; d: number } | undefined;
  for (const field of known) {
    const d = field.toLowerCase() === key.toLowerCase() ? 0 : distance(key, field);
    if (d <= limit && (!best || d < best.d)) best = { field, d };
  }
  return best?.field;
}

const sizing = (origin: string | undefined, n: number | bigint) =>
  origin === 'string'
    ? `${n} character${n === 1 ? '' : 's'}`
    : origin === 'array'
      ? `${n} item${n === 1 ? '' : 's'}`
      : `${n}`;

const typeWords: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields (key: value)',
};

/** True when a number schema only takes whole numbers (`.int()`). */
const wantsInteger = (inst: unknown) =>
  (
    (inst as { _zod?: { def?: { checks?: { _zod?: { def?: { format?: unknown } } }[] } } } | undefined)?._zod?.def
      ?.checks ?? []
  ).some((check) => /int/.test(String(check._zod?.def?.format ?? '')));

/**
 * Zod error map with plain predicates ("must be a whole number"); a schema's own message still wins. Pass it to
 * `safeParse(data, { error: contentErrorMap })`.
 */
export const contentErrorMap = (issue: RawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      // z.number().int() given text says "number" first; the author still needs to hear "whole".
      if (issue.expected === 'number' && wantsInteger(issue.inst)) return `must be ${typeWords.int}`;
      return `must be ${typeWords[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${sizing('array', issue.minimum)}`;
      if (issue.origin === 'string') return `must be at least ${sizing('string', issue.minimum)} long`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `may have at most ${sizing('array', issue.maximum)}`;
      if (issue.origin === 'string') return `must be at most ${sizing('string', issue.maximum)} long`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
      const known = shape ? Object.keys(shape) : [];
      return issue.keys
        .map((key) => {
          const near = closestField(key, known);
          if (near) return `${JSON.stringify(key)} is not a known field; did you mean ${JSON.stringify(near)}?`;
          return `${JSON.stringify(key)} is not a known field (known fields: ${known.join(', ')})`;
        })
        .join('\n'); // one line per key: describeIssues reports each on its own line
    }
    case 'invalid_format':
      return 'pattern' in issue && issue.pattern ? `does not have the expected form (${issue.pattern})` : undefined;
    default:
      return undefined;
  }
};

/** Names a place in a content file the way the engine does: `scene "the-ask" › choice 2 › next`. */
export function describePath(path: Path, data: unknown): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    const child = (node as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
    if (typeof key !== 'number' && typeof next === 'number' && Array.isArray(child)) {
      const element: unknown = child[next];
      const name = elementNames[String(key)] ?? String(key).replace(/ies$/, 'y').replace(/s$/, '');
      const id = (element as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') parts.push(`${name} ${JSON.stringify(id)}`);
      else if (element !== null && typeof element === 'object') parts.push(`${name} ${next + 1}`);
      else parts.push(`${String(key)} item ${next + 1}`);
      node = element;
      i++;
    } else {
      parts.push(typeof key === 'number' ? `item ${key + 1}` : String(key));
      node = child;
    }
  }
  return parts.join(' › ');
}

/** Picks the alternative of a union that came closest (fewest problems) so the author sees one clear story. */
function closestAlternative(issue: Issue): Issue[] {
  const options = (issue.errors ?? []).filter((list) => list.length > 0);
  const deep = options.filter((list) => !list.every((i) => i.code === 'invalid_type' && i.path.length === 0));
  const pool = deep.length > 0 ? deep : options;
  pool.sort((a, b) => a.length - b.length);
  return pool[0] ?? [];
}

/** Turns Zod issues (parsed with `reportInput: true`) into sentences naming elements by id and quoting values. */
export function describeIssues(issues: readonly Issue[], data: unknown, base: Path = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path] as (string | number)[];
    if (issue.code === 'invalid_union' && issue.errors?.length) {
      problems.push(...describeIssues(closestAlternative(issue), data, path));
      continue;
    }
    const where = describePath(path, data);
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown field, each placed at the field's own line.
      const lines = issue.message.split('\n');
      issue.keys.forEach((key, k) => {
        const message = lines[k] ?? lines[0] ?? `${JSON.stringify(key)} is not a known field`;
        problems.push({ path: [...path, key], message: where ? `${where}: ${message}` : message });
      });
      continue;
    }
    let message = issue.message;
    const shownInput =
      issue.input !== undefined &&
      !(issue.code === 'custom' && typeof issue.input === 'object') &&
      !/\bgot\b/.test(message);
    if (shownInput) message += `; got ${showValue(issue.input)}`;
    const predicate = /^(must|is|needs|may|does)\b/.test(message);
    // A refinement that writes a whole sentence (capitalised, like the engine's "Scene "x", choice 1: …") names
    // its place itself; a fragment gets the place in front.
    const sentence = issue.code === 'custom' && /^[A-Z"]/.test(message);
    problems.push({ path, message: where && !sentence ? `${where}${predicate ? ' ' : ': '}${message}` : message });
  }
  return problems;
}

/** Parses one content entry with plain messages; `problems` is empty when the data is valid. */
export async function checkContent<S extends z.ZodType>(
  schema: S,
  data: unknown,
): Promise<{ data?: z.output<S>; problems: ContentProblem[] }> {
  const result = await schema.safeParseAsync(data, { error: contentErrorMap, reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return { problems: describeIssues(result.error.issues as Issue[], data) };
}
