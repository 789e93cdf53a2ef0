import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { otherHeaders, parseCsp, readMetaCsp } from '../../src/integrations/headers.mjs';
import { launchBrowser, siteUrl, watchPage } from './support';
import { basePath, htmlFiles, outDir } from './sweep-pages';

// Every built page carries the strict Content-Security-Policy as a <meta> tag, and dist/_headers carries the same
// policy (plus what only a header can say) for hosts that read it. The browser sweep (sweep.test.ts) shows the
// policy breaks nothing: a blocked script or style would be a console error there.

const files = htmlFiles();
const required: Record<string, string[]> = {
  'default-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
};

function policyOf(file: string) {
  const html = readFileSync(join(outDir, file), 'utf8');
  const policy = readMetaCsp(html);
  if (!policy) throw new Error(`${file} has no CSP <meta> tag`);
  return { html, policy, directives: parseCsp(policy) };
}

describe('Content-Security-Policy', () => {
  test.each(files)('%s has the strict CSP meta tag, and it covers every inline script and style', (file) => {
    const { html, directives } = policyOf(file);
    for (const [name, sources] of Object.entries(required)) {
      expect(directives.get(name), `${name} in ${file}`).toEqual(expect.arrayContaining(sources));
    }
    const scripts = directives.get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directives.has('frame-ancestors')).toBe(false); // ignored (with a console warning) in a <meta> tag
    // the meta tag comes before any script or style, or the browser applies it too late
    const metaAt = html.search(/<meta[^>]+content-security-policy/i);
    const firstResource = html.search(/<(script|style|link[^>]+stylesheet)/i);
    expect(firstResource === -1 || metaAt < firstResource).toBe(true);
    // every inline script and style is allowed by a hash (nothing relies on 'unsafe-inline'), and the page's policy
    // lists the hashes of its own inline scripts and styles and no other (Astro's list is site-wide; the build
    // narrows it page by page)
    const hashesOf = (name: string) => new Set((directives.get(name) ?? []).filter((s) => s.startsWith("'sha")));
    const scriptHashes = new Set<string>();
    for (const [, attrs, body = ''] of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attrs ?? '') || /type="(application\/(ld\+)?json|text\/template)"/.test(attrs ?? '')) continue;
      expect(hashesOf('script-src').has(`'${sha256(body)}'`), `inline script in ${file}: ${body.slice(0, 60)}`).toBe(
        true,
      );
      scriptHashes.add(`'${sha256(body)}'`);
    }
    const styleHashes = new Set<string>();
    for (const [, body = ''] of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)) {
      expect(hashesOf('style-src').has(`'${sha256(body)}'`), `inline style in ${file}: ${body.slice(0, 60)}`).toBe(
        true,
      );
      styleHashes.add(`'${sha256(body)}'`);
    }
    expect(hashesOf('script-src'), `script-src hashes of ${file}`).toEqual(scriptHashes);
    expect(hashesOf('style-src'), `style-src hashes of ${file}`).toEqual(styleHashes);
    expect(html).not.toMatch(/\son[a-z]+="/); // no inline event handlers (a hash cannot allow them)
  });

  test('dist/_headers carries the same policy plus frame-ancestors and the other security headers', () => {
    const file = join(outDir, '_headers');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\/\*$/m);
    const header = (name: string) => text.match(new RegExp(`^\\s+${name}:\\s*(.+)$`, 'm'))?.[1];
    const policy = parseCsp(header('Content-Security-Policy') ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header('X-Frame-Options')).toBe('DENY');
    // every directive and source of every page's meta policy is in the header policy, so the two never disagree
    for (const page of files) {
      for (const [name, sources] of policyOf(page).directives) {
        expect(policy.get(name), `${name} of ${page}`).toEqual(expect.arrayContaining(sources));
      }
    }
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    for (const [name, value] of Object.entries(otherHeaders)) expect(header(name)).toBe(value);
  });
});

describe("each page's own CSP in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page, records every CSP violation the browser reports, and lets its islands hydrate. */
  async function violationsOn(path: string, rewrite?: (html: string) => string) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`),
      );
    });
    if (rewrite)
      await page.route(`**${basePath}${path.slice(1)}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: rewrite(await response.text()) });
      });
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    // client:visible islands load when scrolled to; every island must hydrate (their loaders are inline scripts)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page
      .waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 10_000 })
      .catch(() => undefined);
    const result = {
      violations: await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      unhydrated: await page.locator('astro-island[ssr]').count(),
      themeInitRan: await page.evaluate(() => document.documentElement.classList.contains('js')),
      consoleErrors: problems.consoleErrors,
    };
    await context.close();
    return result;
  }

  test.each([
    '/',
    '/topics/forecasts-not-promises/',
    '/scenarios/just-squeeze-it-in/',
    '/workshop/',
    '/progress/',
    '/search/?q=sprint%20review',
  ])('%s runs all its inline scripts with no CSP violation', async (path) => {
    const result = await violationsOn(path);
    expect(result).toEqual({ violations: [], unhydrated: 0, themeInitRan: true, consoleErrors: [] });
  });

  test('the check sees a violation when a page lacks the hash of one of its inline scripts', async () => {
    const theme = readMetaCsp(readFileSync(join(outDir, 'index.html'), 'utf8'))?.match(/'sha256-[^']+'/)?.[0] ?? '';
    expect(theme).not.toBe('');
    const result = await violationsOn('/', (html) => html.replace(` ${theme}`, ''));
    expect(result.violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    expect(result.themeInitRan).toBe(false);
  });
});

describe('the service worker precaches the pages as they were written', () => {
  // offline.ts records each file's revision (an MD5 of its content) in astro:build:done. A step that rewrote a page
  // after that (narrowing its CSP, say) would leave the precache serving a revision that no longer matches.
  test('every precached revision is the MD5 of the file in the build', () => {
    const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
    const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:"([0-9a-f]{32})"\}/g)].map(([, url = '', revision]) => ({
      file: decodeURI(url.slice(basePath.length)),
      revision,
    }));
    expect(entries.map((e) => e.file)).toEqual(expect.arrayContaining(files));
    for (const { file, revision } of entries) {
      const md5 = createHash('md5')
        .update(readFileSync(join(outDir, file)))
        .digest('hex');
      expect(md5, `revision of ${file}`).toBe(revision);
    }
  });
});

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
