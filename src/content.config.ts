import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { behaviourSchema } from './schemas/behaviour';
import { castSchema } from './schemas/cast';
import { eventSchema } from './schemas/event';
import { glossarySchema } from './schemas/glossary';
import { pathSchema } from './schemas/path';
import { roleSchema } from './schemas/role';
import { scenarioSchema } from './schemas/scenario';
import { sectionSchema } from './schemas/section';
import { topicSchema } from './schemas/topic';

// CONTENT_DIR lets tests build the site from a fixture tree (tests/fixtures/...) instead of content/.
const root = process.env.CONTENT_DIR ?? './content';
const from = (folder: string, pattern: string) => glob({ base: `${root}/${folder}`, pattern });

export const collections = {
  roles: defineCollection({ loader: from('roles', '**/*.mdx'), schema: roleSchema }),
  events: defineCollection({ loader: from('events', '**/*.mdx'), schema: eventSchema }),
  topics: defineCollection({ loader: from('topics', '**/*.mdx'), schema: topicSchema }),
  glossary: defineCollection({ loader: from('glossary', '**/*.yaml'), schema: glossarySchema }),
  paths: defineCollection({ loader: from('paths', '**/*.yaml'), schema: pathSchema }),
  sections: defineCollection({ loader: from('sections', '**/*.mdx'), schema: sectionSchema }),
  behaviours: defineCollection({ loader: from('behaviours', '**/*.yaml'), schema: behaviourSchema }),
  cast: defineCollection({ loader: from('cast', '**/*.yaml'), schema: castSchema }),
  scenarios: defineCollection({ loader: from('scenarios', '**/*.yaml'), schema: scenarioSchema }),
};
