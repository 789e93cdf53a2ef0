import { defineCollection } from 'astro:content';
import { contentGlob } from './lib/content-loader';
import { behaviourSchema } from './schemas/behaviour';
import { castSchema } from './schemas/cast';
import { checkSchema } from './schemas/check';
import { courseFileSchema } from './schemas/course';
import { eventSchema } from './schemas/event';
import { glossarySchema } from './schemas/glossary';
import { pathSchema } from './schemas/path';
import { roleSchema } from './schemas/role';
import { scenarioSchema } from './schemas/scenario';
import { sectionSchema } from './schemas/section';
import { topicSchema } from './schemas/topic';
import { trustCheckSchema } from './schemas/trust-check';

// CONTENT_DIR lets tests build the site from a fixture tree (tests/fixtures/...) instead of content/.
const root = process.env.CONTENT_DIR ?? './content';

/**
 * A collection read from content/<folder> and checked by its schema; authoring mistakes (unknown fields, bad values,
 * empty or oversized files, clashing ids) stop the build with the file, the line and a plain sentence.
 */
const from = <S extends Parameters<typeof contentGlob>[2]>(folder: string, pattern: string, schema: S) =>
  defineCollection({ loader: contentGlob(`${root}/${folder}`, pattern, schema), schema });

export const collections = {
  roles: from('roles', '**/*.mdx', roleSchema),
  events: from('events', '**/*.mdx', eventSchema),
  topics: from('topics', '**/*.mdx', topicSchema),
  glossary: from('glossary', '**/*.yaml', glossarySchema),
  paths: from('paths', '**/*.yaml', pathSchema),
  sections: from('sections', '**/*.mdx', sectionSchema),
  behaviours: from('behaviours', '**/*.yaml', behaviourSchema),
  cast: from('cast', '**/*.yaml', castSchema),
  checks: from('checks', '**/*.yaml', checkSchema),
  courses: from('courses', '**/*.yaml', courseFileSchema),
  trustCheck: from('trust-check', '**/*.yaml', trustCheckSchema),
  scenarios: from('scenarios', '**/*.yaml', scenarioSchema),
};
