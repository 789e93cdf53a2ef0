import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromeFlags, chromePath } from '../support/local-setup.mjs';

/** WCAG 2.2 A and AA rule tags for axe-core. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
}

/** Absolute URL of a site path ("roles/" or "/roles/") on the served build, respecting the base path. */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).toString();
}

/** What went wrong while a page was open: console errors, failed requests, requests to other origins. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Records the page's console errors, failed requests and requests to other origins from now on. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  const origin = new URL(inject('siteUrl')).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url);
  });
  page.on('requestfailed', (req) => problems.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  return problems;
}

/**
 * A fresh context and page with problem recording; close the context when done. Service workers are blocked unless
 * a test asks for them ({ serviceWorkers: 'allow' }): otherwise every fresh context would precache the whole site.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { context, page, problems };
}

/**
 * One page that the tests of a file take turns in, for stories that each start from a page of their own: a new
 * context and page cost about two seconds on a 2-core machine. Every `open` empties this site's storage first and
 * counts problems from there, so a story sees what a fresh visitor sees.
 */
export function sharedPage(browser: Browser) {
  let opened: Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> | undefined;
  return {
    async open(path: string) {
      opened ??= (async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        return { context, page, problems: watchPage(page) };
      })();
      const { page, problems } = await opened;
      await page.goto('about:blank');
      for (const list of Object.values(problems)) list.length = 0;
      await page.goto(siteUrl(path), { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      await page.reload({ waitUntil: 'load' });
      return { page, problems };
    },
    async close() {
      if (opened) await (await opened).context.close();
    },
  };
}

/** axe-core violations (WCAG 2.2 A/AA) on the page as it is now, summarised for readable failures. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Presses Tab until the focused element matches `selector`, or fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Focus never reached ${selector} after ${max} Tab presses`);
}
