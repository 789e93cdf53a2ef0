import { z } from 'astro/zod';
import { contentObject, pageRefSchema, sentence } from './common';

const id = z.string().regex(/^[a-z0-9-]{2,40}$/, 'expected a short id of lowercase letters, digits and dashes');

/** One area of trust the check reports on. */
export const trustAreaSchema = contentObject({
  id,
  /** Heading of the area in the chart, table and recommendations. */
  label: sentence.max(80),
  /** Short label for narrow charts. */
  short: z.string().trim().min(2).max(30),
  /** Pages and scenarios to suggest when this area is the weakest, as "collection/id"; each must exist. */
  recommend: z.array(pageRefSchema).min(1),
});

/** One statement people rate from 1 to 5. */
export const trustStatementSchema = contentObject({
  /** Stable id (its position in the shared link follows the file's order, so append new statements at the end). */
  id,
  /** The area id this statement counts towards. */
  area: id,
  text: sentence.max(200),
});

/** The team trust check (content/trust-check/*.yaml). */
export const trustCheckSchema = z
  .strictObject({
    title: z.string().trim().min(3),
    /** Words for 1 to 5, in order. */
    scale: z.array(z.string().trim().min(2)).length(5),
    areas: z.array(trustAreaSchema).min(2).max(6),
    statements: z.array(trustStatementSchema).min(12).max(16),
  })
  .superRefine((c, ctx) => {
    const areas = new Set(c.areas.map((a) => a.id));
    c.statements.forEach((s, i) => {
      if (!areas.has(s.area))
        ctx.addIssue({
          code: 'custom',
          path: ['statements', i, 'area'],
          message: `"${s.area}" is not one of the areas: ${[...areas].join(', ')}`,
        });
    });
    for (const a of areas)
      if (!c.statements.some((s) => s.area === a))
        ctx.addIssue({ code: 'custom', path: ['areas'], message: `area "${a}" has no statements` });
    if (new Set(c.statements.map((s) => s.id)).size !== c.statements.length)
      ctx.addIssue({ code: 'custom', path: ['statements'], message: 'every statement needs its own id' });
  });
export type TrustCheckData = z.infer<typeof trustCheckSchema>;
