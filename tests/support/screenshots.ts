// Screenshots of built pages at 375 px and 1280 px, light and dark, for looking at what we build.
//   node tests/support/screenshots.ts [OUT_DIR] [/path/ …]   → /tmp/shots/<page>-<width>-<scheme>.png
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath } from './local-setup.mjs';
import { startStaticServer } from './static-server.ts';

const [outDir = 'dist', ...paths] = process.argv.slice(2);
const server = await startStaticServer(resolve(outDir), process.env.BASE ?? '/');
const browser = await chromium.launch({
  executablePath: chromePath,
  args: chromeFlags,
});
mkdirSync('/tmp/shots', { recursive: true });
for (const path of paths.length ? paths : ['/']) {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(new URL(path.replace(/^\//, ''), server.url).toString(), { waitUntil: 'networkidle' });
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: `/tmp/shots/${name}-${width}-${colorScheme}.png`, fullPage: width !== 375 });
      await context.close();
    }
  }
}
await browser.close();
await server.close();
console.log('screenshots in /tmp/shots');
