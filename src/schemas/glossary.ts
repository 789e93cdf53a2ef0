import { z } from 'astro/zod';
import { contentObject, pageRefSchema, sentence } from './common';

/** A glossary term (content/glossary/*.yaml). */
export const glossarySchema = contentObject({
  /** The term as shown, e.g. "Definition of Done". */
  term: z.string().trim().min(1),
  /** Other spellings and abbreviations people use ("DoD"); shown and fed to search. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /**
   * Words earlier editions of the Scrum Guide used for this, with the last edition that used them, e.g.
   * { term: "Development Team", guide: 2017 }. Shown as such, never as a current synonym; fed to search.
   */
  formerTerms: z
    .array(z.strictObject({ term: z.string().trim().min(1), guide: z.number().int().min(2010).max(2017) }))
    .default([]),
  /** A plain definition in one to three sentences; shown in the inline tooltip. */
  definition: sentence.max(400),
  /** How business people tend to read the word, where it differs from engineering. */
  business: sentence.optional(),
  /** How engineers tend to read the word, where it differs from business. */
  engineering: sentence.optional(),
  /** True when the 2020 Scrum Guide uses the term itself. */
  scrumGuideTerm: z.boolean().default(false),
  /** Pages that explain the term further, as "collection/id". */
  seeAlso: z.array(pageRefSchema).default([]),
}).refine((t) => (t.business === undefined) === (t.engineering === undefined), {
  message: 'give both "business" and "engineering" readings, or neither',
  path: ['engineering'],
});
export type GlossaryData = z.infer<typeof glossarySchema>;
