import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The built site the e2e project serves (tests/run.mjs builds it; global-setup serves it). */
export const outDir = resolve(process.env.OUT_DIR ?? 'dist');

/** The base path the site was built with ("/" or "/repo/"). */
export const basePath = (() => {
  const base = process.env.BASE ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
})();

/**
 * Every page in the built sitemap as a site path ("/", "/roles/product-owner/"), read at collection time so each
 * page is its own test. The not-found page is not in the sitemap; it is added by name.
 */
export function sitemapPaths(dir = outDir, base = basePath): string[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f)) : [];
  const paths = files.flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
      const pathname = new URL(m[1] ?? '').pathname;
      return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
    }),
  );
  return [...new Set(paths)].sort();
}

/** Every .html file in the build, relative to it ("roles/product-owner/index.html"). */
export function htmlFiles(dir = outDir): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(dir, join(dir, f)))
    .sort();
}

/** Pages that sit beside a section's entries without being one ("/scenarios/coverage/" is not a scenario). */
export const notEntries = new Set(['/scenarios/coverage/', '/workshop/plan/']);

/** The kind of a page: its address with the entry id replaced ("/roles/:id/", "/workshop/:id/guide/"). */
export const kindOf = (path: string) =>
  notEntries.has(path) ? path : path.replace(/^\/([a-z]+)\/[^/]+\/((?:[a-z]+\/)?)$/, '/$1/:id/$2');
