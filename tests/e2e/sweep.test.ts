import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, expect, test } from 'vitest';
import { launchBrowser, type PageProblems, siteUrl, watchPage, wcagTags } from './support';
import { htmlFiles, kindOf, outDir, sitemapPaths } from './sweep-pages';

// Sweeps over every page of the built site: accessibility, a clean console and network, valid HTML, and no broken
// internal link or anchor. Pages come from the sitemap, so new content is swept automatically.

const pages = sitemapPaths();
const notFound = '/no-such-page/';
/**
 * Dark mode only swaps colour tokens (light-dark()), the same for every page of a kind, so the dark colour rules
 * run on the first page of each kind and on the not-found page; every page gets every rule in light.
 */
const darkChecked = new Set([...new Map([...pages].reverse().map((p) => [kindOf(p), p])).values(), notFound]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Lets islands (hydrated client:visible) wake up: scroll through the page and wait until none is left unhydrated. */
async function wakeIslands(page: Page): Promise<void> {
  if ((await page.locator('astro-island').count()) === 0) return;
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, {
    timeout: 10_000,
  });
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('every page', () => {
  test('the sitemap lists the site', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(10);
  });

  // Two pages at a time in one browser: page loads and axe runs overlap, on a 2-core machine that is the sweet spot.
  test.concurrent.for([...pages, notFound])(
    '%s: no WCAG 2.2 A/AA violation, no console error, failed or foreign request',
    async (path, { expect }) => {
      const slot = await slots.acquire();
      try {
        await sweepPage(slot, path, expect);
      } finally {
        slots.release(slot);
      }
    },
  );

  test('dark mode is checked on a page of every kind', () => {
    const kinds = new Set(pages.map(kindOf));
    expect(new Set([...darkChecked].filter((p) => p !== notFound).map(kindOf))).toEqual(kinds);
  });
});

/**
 * Two slots, each one page in a browser context of its own that goes from address to address (a new page costs
 * about two seconds here, and the sweep opens two hundred); storage is emptied after every address, so each starts
 * fresh. Vitest runs up to 5 concurrent tests, the sweep wants 2.
 */
interface Slot {
  page: Page;
  problems: PageProblems;
}
const slots = (() => {
  const free: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  let opened = 0;
  return {
    acquire: async (): Promise<Slot> => {
      const idle = free.shift();
      if (idle) return idle;
      if (opened === 2) return new Promise((r) => waiting.push(r));
      opened += 1;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      // axe arrives with each page as an init script: evaluating its source into every page costs a second a page
      await context.addInitScript({ content: axeSource });
      const page = await context.newPage();
      return { page, problems: watchPage(page) };
    },
    release: (slot: Slot) => {
      const next = waiting.shift();
      if (next) next(slot);
      else free.push(slot);
    },
  };
})();

async function sweepPage({ page, problems }: Slot, path: string, expect: ExpectStatic) {
  for (const list of Object.values(problems)) list.length = 0;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  await wakeIslands(page);
  const axeLight = await axeRun(page, { type: 'tag', values: wcagTags });
  let axeDark: string[] = [];
  if (darkChecked.has(path)) {
    await page.emulateMedia({ colorScheme: 'dark' });
    axeDark = await axeRun(page, { type: 'rule', values: ['color-contrast', 'link-in-text-block'] });
  }
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  // what the page did after the checks (a late error, a failed request) counts for it, not for the next address
  await page.goto('about:blank');
  expect({
    axeLight,
    axeDark,
    // the not-found page is itself served with status 404, which Chromium logs once; nothing else may fail
    consoleErrors: problems.consoleErrors.filter((e) => path !== notFound || !e.includes('404 (Not Found)')),
    failedRequests: problems.failedRequests.filter((r) => path !== notFound || r !== `${siteUrl(notFound)} (HTTP 404)`),
    foreignRequests: problems.foreignRequests,
  }).toEqual({ axeLight: [], axeDark: [], consoleErrors: [], failedRequests: [], foreignRequests: [] });
}

// axe-core run straight in the page: the same engine as @axe-core/playwright (support.ts) at a third of the time,
// which matters over a hundred pages. page.evaluate goes through DevTools, so the page's CSP does not block it.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeRun(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time and has no types in the page
    const axe = (window as any).axe;
    const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return results.violations.map(
      (v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, runOnly);
}

describe('every built HTML file', () => {
  // html-validate's recommended rules (HTML5 content models, a11y and common mistakes), with two exceptions:
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // HTML5 allows ids that start with a digit; Markdown heading slugs do ("1-scorecards-…"). The strict mode
      // only guards against ids that need escaping in CSS selectors, which we never write by hand.
      'valid-id': ['error', { relaxed: true }],
      // A 70-character <title> limit is a search-snippet heuristic, not validity; titles are an author's heading
      // plus " · Scrum Trust Lab".
      'long-title': 'off',
      // The search box is an ARIA combobox whose popup is a listbox of rich results (title, excerpt, type), which a
      // native <select> cannot show; every other role must still prefer its native element.
      'prefer-native-element': ['error', { exclude: ['listbox'] }],
    },
  });
  // Astro writes this <style> into <body> before the first island (astro/runtime/server/astro-island-styles); it is
  // Astro's output, not ours, and browsers apply it fine, so it is taken out before validating. Nothing else is.
  const astroIslandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

  test.each(htmlFiles())('%s is valid HTML', async (file) => {
    const html = readFileSync(join(outDir, file), 'utf8').replace(astroIslandStyle, '');
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

describe('links', () => {
  test('no broken internal link anywhere in the built site (linkinator)', { timeout: 180_000 }, async () => {
    const origin = new URL(siteUrl()).origin;
    const checker = new LinkChecker();
    const result = await checker.check({
      // the crawl starts from every sitemap page and the not-found page, so orphans are checked too
      path: [...pages, notFound].map((p) => siteUrl(p)),
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      // other sites are never fetched from tests (and the machine may be offline); only our own links count
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN && !(l.url === siteUrl(notFound) && l.status === 404))
      .map((l) => `${l.url} (HTTP ${l.status ?? '—'}) linked from ${l.parent ?? 'the start list'}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(pages.length);
  });

  // linkinator checks a fragment only when it first fetches the target page, so "#anchor" links met after that page
  // was crawled go unchecked (order-dependent). Anchors are therefore checked here, from the built files themselves.
  test('every #anchor in an internal link exists on its target page', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) {
        const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
        ids.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? ''))));
      }
      return ids.get(file) ?? new Set<string>();
    };
    const missing: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const pageUrl = new URL(file.replace(/index\.html$/, ''), siteUrl());
      const html = readFileSync(join(outDir, file), 'utf8');
      for (const [, raw = ''] of html.matchAll(/<a\s[^>]*?href="([^"]*#[^"]+)"/g)) {
        const target = new URL(decodeEntities(raw), pageUrl);
        if (target.origin !== pageUrl.origin) continue;
        const fragment = decodeURIComponent(target.hash.slice(1));
        const relative = target.pathname.slice(new URL(siteUrl()).pathname.length);
        const targetFile = join(outDir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
        checked += 1;
        if (!idsOf(targetFile).has(fragment)) missing.push(`${file}: ${raw}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(0); // at least the skip link on every page
  });
});

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
