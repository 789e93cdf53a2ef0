import { z } from 'astro/zod';
import { contentObject, sentence } from './common';

/** What a cast member answers for; `leader` and `stakeholder` hold no accountability inside the Scrum Team. */
export const castAccountabilitySchema = z.enum(
  ['product-owner', 'developer', 'scrum-master', 'leader', 'stakeholder'],
  {
    error: () => 'expected one of: product-owner, developer, scrum-master, leader, stakeholder',
  },
);
export type CastAccountability = z.infer<typeof castAccountabilitySchema>;

/** A colour written as #rgb or #rrggbb. */
const colour = z.string().regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, 'expected a colour such as "#2f5d8c"');

/** Hair styles the portrait component can draw. */
export const hairStyles = ['short', 'long', 'curly', 'bun', 'bob', 'shaved', 'locs'] as const;

/** How the site's own SVG portrait draws the person (src/components/Portrait.astro). */
export const portraitSchema = contentObject({
  /** Skin colour. */
  skin: colour,
  /** Hair colour. */
  hair: colour,
  /** One of the drawable hair styles. */
  hairStyle: z.enum(hairStyles, { error: () => `expected a hair style: ${hairStyles.join(', ')}` }),
  /** Shirt or jacket colour. */
  shirt: colour,
  /** Draws round glasses. */
  glasses: z.boolean().default(false),
});
export type PortraitData = z.infer<typeof portraitSchema>;

/** A person in the stories (content/cast/<id>.yaml); the file name is the id scenarios use to name speakers. */
export const castSchema = contentObject({
  /** Full name, e.g. "Ines Duarte". The first word is used in running text. */
  name: z.string().trim().min(2),
  /** What the person answers for. */
  accountability: castAccountabilitySchema,
  /** Their role in words, shown under the name ("Head of Finance"). */
  role: z.string().trim().min(2),
  /** What they care about, in one or two sentences. */
  caresAbout: sentence,
  /** The real pressure they are under: the reason nobody in the stories is a villain. */
  pressure: sentence,
  /** How the portrait is drawn. */
  portrait: portraitSchema,
  /** Text alternative for the portrait. */
  alt: sentence,
});
export type CastData = z.infer<typeof castSchema>;
