import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin plus base path of the served build, ending in "/". */
    siteUrl: string;
  }
}

/** Serves the built site (OUT_DIR, default dist/) on a free loopback port for the e2e project. */
export default async function setup(project: TestProject) {
  const outDir = resolve(process.env.OUT_DIR ?? 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`No built site in ${outDir}. Run "npm test" (it builds first) or "npm run build".`);
  }
  const server = await startStaticServer(outDir, process.env.BASE ?? '/');
  project.provide('siteUrl', server.url);
  return () => server.close();
}
