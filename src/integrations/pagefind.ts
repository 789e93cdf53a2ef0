import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Pagefind's prebuilt UIs: we ship our own small UI, so these are deleted to keep the deploy lean. */
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Builds the Pagefind index after `astro build` with Pagefind's Node API, into <outDir>/pagefind/.
 * What gets indexed is decided in the markup (data-pagefind-body / -ignore / -filter / -meta).
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'scrum-trust-lab:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length)
            throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
          await Promise.all(unusedBundleFiles.map((f) => rm(new URL(`pagefind/${f}`, dir), { force: true })));
          logger.info(`Indexed ${added.page_count} pages into ${outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
