import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';

/** What the offline panel reads to show progress: how many files make the site, and their size. */
export const OFFLINE_MANIFEST = 'offline.json';

/**
 * Writes a service worker (Workbox's generateSW) after the build and after Pagefind, so that after a first visit
 * every page, the islands' code (lazy chunks included) and the search index work with no network. Files are
 * precached by content revision: a repeat visit, and the visit after a new deploy, download only what changed.
 * The new worker waits until the learner chooses to reload (never interrupting a running workshop session).
 * Must come after the Pagefind integration in astro.config.mjs.
 */
export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'scrum-trust-lab:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // offline.json (what the workshop page's panel counts against) is itself precached, so it is written first
        // with the count that includes it, then the worker is generated over the final files.
        const files = {
          globDirectory: out,
          globPatterns: ['**/*'],
          // The worker itself, host config and crawler files are never needed offline.
          globIgnores: ['sw.js', '_headers', 'robots.txt', 'sitemap*.xml'],
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        };
        await writeFile(`${out}/${OFFLINE_MANIFEST}`, JSON.stringify({ files: 0, bytes: 0 }));
        const listed = await getManifest(files);
        await writeFile(`${out}/${OFFLINE_MANIFEST}`, JSON.stringify({ files: listed.count, bytes: listed.size }));
        const { count, size, warnings } = await generateSW({
          ...files,
          swDest: `${out}/sw.js`,
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          // A static site serves the same file whatever the query says (/search/?q=…, shared plan and trust-check
          // links, Pagefind's pagefind-entry.json?ts=<time> cache-buster), so the precached copy answers them all.
          ignoreURLParametersMatching: [/./],
          // Offline, an address that is not part of the site gets the site's own not-found page.
          navigateFallback: `${base}404.html`,
          navigateFallbackDenylist: [/\/pagefind\//, /\.[a-z0-9]+$/i],
          // Astro's and Pagefind's hashed file names already change with their content.
          dontCacheBustURLsMatching: /\/_astro\/|\.pf_(fragment|index|meta|filter)$/,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`Service worker precaches ${count} files (${(size / 1024 / 1024).toFixed(2)} MB raw)`);
      },
    },
  };
}
