import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { type ContentProblem, checkContent } from '../schemas/errors';

/** Largest content file the build accepts: a scenario is a few tens of KB; megabytes make megabyte pages. */
export const MAX_CONTENT_BYTES = 256 * 1024;

/** An authoring mistake in a content file; the message names the file and every problem in it. */
export class ContentFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentFileError';
    // The stack points into the loader, not at the author's file: leave it out of the build log.
    this.stack = '';
  }
}

/** A file path as an author knows it: relative to the project when inside it. */
const shown = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

/** Ids are the file names: lower-case words joined by hyphens, as in URLs and "collection/id" references. */
const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;

/** Line of `path` in a YAML text (front matter for MDX), or undefined when it cannot be found. */
export function lineOf(source: string, path: readonly (string | number)[], mdx: boolean): number | undefined {
  let text = source;
  let offset = 0;
  if (mdx) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    if (!front?.[1]) return undefined;
    text = front[1];
    offset = 1;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  // Walk down as far as the file goes: a missing field is reported at its parent.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      const key = path[n];
      // An unknown field is reported at the object: point at the field's own key when it is one.
      if (isMap(node) && typeof key === 'string') {
        const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
        const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
        if (keyRange) return lines.linePos(keyRange[0]).line + offset;
      }
      return lines.linePos(range[0]).line + offset;
    }
  }
  return undefined;
}

/** Formats every problem as `file:line: sentence`, one per line, under a heading naming the file. */
function report(file: string, problems: readonly ContentProblem[]): string {
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {}
  const mdx = /\.mdx?$/.test(file);
  const lines = problems.map((p) => {
    const line = source ? lineOf(source, p.path, mdx) : undefined;
    return { line: line ?? 0, text: `  ${shown(file)}${line ? `:${line}` : ''}: ${p.message}` };
  });
  lines.sort((a, b) => a.line - b.line);
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `${shown(file)} has ${count}:\n${lines.map((l) => l.text).join('\n')}`;
}

/**
 * Astro's glob loader with the author's safety net: file names must be ids, two files may not share an id, a file
 * must not be empty or larger than MAX_CONTENT_BYTES, and the schema's errors are plain sentences naming the file,
 * the line, the element by its id and the bad value. Every broken file of the collection is reported at once.
 * Use it for every collection: `defineCollection({ loader: contentGlob(base, '**\/*.yaml', schema), schema })`.
 */
export function contentGlob<S extends z.ZodType>(base: string, pattern: string, schema: S): Loader {
  const ids = new Map<string, string>();
  // During the first load, problems are gathered so one build names every broken file; later (dev server reloads
  // of a single file) they are thrown at once.
  let gathered: Map<string, string> | undefined;
  const fail = (file: string, message: string) => {
    if (!gathered) throw new ContentFileError(message);
    gathered.set(file, message);
  };
  const inner = glob({
    base,
    pattern,
    generateId: ({ entry, base: dir, data }) => {
      const path = fileURLToPath(new URL(entry, dir));
      const problem = fileProblem(path, data) ?? idProblem(path, entry, ids);
      if (problem) {
        fail(path, problem);
        return `\0broken:${entry}`;
      }
      const id = entryId(entry);
      ids.set(id, path);
      return id;
    },
  });
  return {
    name: 'stl-content',
    load: async (context) => {
      gathered = new Map();
      const problems = gathered;
      const run = inner
        .load({
          ...context,
          parseData: (async ({ data, filePath = '' }) => {
            if (problems.has(filePath)) return {};
            const checked = await checkContent(schema, data);
            if (checked.problems.length === 0) return checked.data as Record<string, unknown>;
            fail(filePath, report(filePath, checked.problems));
            return {};
          }) as typeof context.parseData,
        })
        .then(() => {
          if (problems.size > 0) reports.push([...problems.values()].join('\n\n'));
        })
        .finally(() => {
          gathered = undefined;
        });
      loading.add(run);
      await run;
      if (reports.length === 0) return;
      // Wait for the other collections still loading, so one build names every broken file in every collection.
      for (let size = 0; size !== loading.size; ) {
        size = loading.size;
        await Promise.allSettled([...loading]);
      }
      loading.clear();
      const all = reports.splice(0);
      if (all.length > 0) throw new ContentFileError(all.join('\n\n'));
    },
  };
}

/** Loads of every collection in this build, and the reports of those with broken files. */
const loading = new Set<Promise<unknown>>();
const reports: string[] = [];

/** The id Astro would give: the path without extension, lower-cased. */
const entryId = (entry: string) => entry.replace(/\.[^./]+$/, '').toLowerCase();

/** A file too large, empty or not a set of fields; undefined when the file is fine. */
function fileProblem(path: string, data: unknown): string | undefined {
  const bytes = statSync(path).size;
  if (bytes > MAX_CONTENT_BYTES)
    return `${shown(path)} is ${(bytes / 1024).toFixed(0)} KB; a content file may be at most ${MAX_CONTENT_BYTES / 1024} KB. Split or shorten it: every byte of it ends up in a page.`;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return undefined;
  const holds = data == null ? 'the file is empty' : `it holds ${Array.isArray(data) ? 'a list' : 'a single value'}`;
  return `${shown(path)} has no fields: ${holds}. Write its fields as "name: value" lines (copy a neighbouring file to start).`;
}

/** A file name that is not an id, or an id another file already has; undefined when the name is fine. */
function idProblem(path: string, entry: string, ids: ReadonlyMap<string, string>): string | undefined {
  const id = entryId(entry);
  if (!idPattern.test(id))
    return `${shown(path)}: the file name is the entry's id and URL; use lower-case words joined by hyphens, such as "definition-of-done.mdx".`;
  const other = ids.get(id);
  if (other && other !== path && existsSafe(other))
    return `${shown(other)} and ${shown(path)} both give the id "${id}": ids must be unique, and names that differ only in case count as the same. Rename or remove one.`;
  return undefined;
}

const existsSafe = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};
