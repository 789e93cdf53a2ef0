// Loads the built Pagefind bundle (OUT_DIR/pagefind/pagefind.js) into Node for relevance tests. pagefind.js fetches
// its index files relative to its own URL; Node's fetch cannot read file: URLs, so those are read from disk here.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindOptions } from '../../src/lib/search/options';
import type { PagefindApi } from '../../src/lib/search/run';

/** The built site's directory: the same OUT_DIR the build wrote to. */
export const outDir = resolve(process.env.OUT_DIR ?? 'dist');

/** Imports the real index built by `npm run build`, configured exactly as the browser UI configures it. */
export async function loadBuiltIndex(): Promise<PagefindApi> {
  const bundle = resolve(outDir, 'pagefind/pagefind.js');
  if (!existsSync(bundle)) throw new Error(`No search index at ${bundle}. Run "npm run build" (or "npm test") first.`);
  const nodeFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return nodeFetch(input, init);
    const file = new URL(url);
    file.search = ''; // pagefind adds ?ts= cache busters
    return new Response(await readFile(fileURLToPath(file)));
  }) as typeof fetch;
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(bundle).href)) as PagefindApi;
  await pagefind.options({ ...pagefindOptions, baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}

/** "/roles/product-owner/" → "roles/product-owner". */
export function pageId(url: string): string {
  return url.replace(/^\/+|\/+$/g, '').replace(/\/index\.html$/, '');
}
