import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';

// Every object in every content schema must refuse unknown fields (build it with `contentObject` from
// src/schemas/common.ts), or a misspelt field silently vanishes from the page.
const dir = resolve(import.meta.dirname, '../../src/schemas');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** Paths of objects that would accept unknown fields, inside one schema. */
function lenientObjects(schema: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const inner = (key: string, at = path) => lenientObjects(def[key], at, seen);
  switch (def.type) {
    case 'object': {
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
      const shape = def.shape as Record<string, unknown>;
      return [
        ...(strict ? [] : [path || '(top level)']),
        ...Object.entries(shape).flatMap(([key, value]) => lenientObjects(value, path ? `${path}.${key}` : key, seen)),
      ];
    }
    case 'array':
      return inner('element', `${path}[]`);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return [...inner('in'), ...inner('out')];
    case 'union':
      return (def.options as unknown[]).flatMap((o) => lenientObjects(o, path, seen));
    case 'record':
      return inner('valueType', `${path}.*`);
    default:
      return [];
  }
}

describe('content schemas refuse unknown fields', () => {
  test.each(files)('every object in src/schemas/%s is strict', async (file) => {
    const module = (await import(resolve(dir, file))) as Record<string, unknown>;
    const schemas = Object.entries(module).filter(([, value]) => value instanceof z.ZodType);
    const lenient = schemas.flatMap(([name, schema]) => lenientObjects(schema, '').map((p) => `${name}: ${p}`));
    expect(lenient).toEqual([]);
  });

  test('the check sees a lenient object', () => {
    const schema = z.strictObject({ steps: z.array(z.object({ ref: z.string() })).default([]) });
    expect(lenientObjects(schema, '')).toEqual(['steps[]']);
  });
});
