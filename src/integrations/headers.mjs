// @ts-check
// One source of truth for the site's security policy. astro.config.mjs feeds `csp` to Astro's `security.csp`
// (Astro adds the hashes of its own inline scripts and styles and emits a <meta> tag on every page), and the
// `securityHeaders()` integration narrows each page's <meta> to the hashes of the inline scripts and styles that page
// holds (Astro's list is site-wide), then writes the policy, plus what only an HTTP header can carry, to
// dist/_headers for hosts that read one (Netlify, Cloudflare Pages).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { islandStatusScript } from '../lib/island-status.mjs';
import { offlineInitScript } from '../lib/offline-init.mjs';
import { themeInitScript } from '../lib/theme-init.mjs';

/** CSP directives besides script-src and style-src, which Astro owns (it adds the hashes). */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Extra script-src sources: only our own files, plus 'wasm-unsafe-eval', which Pagefind's main-thread fallback needs
 * to compile its WebAssembly (it allows WebAssembly compilation only, not eval()).
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/** Style sources: our own files; Astro adds hashes for inline <style> blocks. */
export const styleResources = ["'self'"];

/**
 * CSP hash of an inline script or style text, as Astro writes it ('sha256-…' without quotes).
 * @param {string} text
 */
export function cspHash(text) {
  return /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(text).digest('base64')}`);
}

/** The `security.csp` value for astro.config.mjs. Astro hashes its own scripts; is:inline ones are listed here. */
export const csp = {
  algorithm: /** @type {const} */ ('SHA-256'),
  directives: /** @type {any[]} */ (cspDirectives),
  scriptDirective: {
    resources: scriptResources,
    hashes: [cspHash(themeInitScript), cspHash(offlineInitScript), cspHash(islandStatusScript)],
  },
  styleDirective: { resources: styleResources },
};

/** Directives a <meta> CSP cannot carry (browsers ignore them there), so they live in the HTTP header only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** The other response headers every page gets. X-Frame-Options repeats frame-ancestors for browsers without CSP 2. */
export const otherHeaders = {
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Reads the CSP of a built page's <meta http-equiv="content-security-policy">, or undefined.
 * @param {string} html
 * @returns {string | undefined}
 */
export function readMetaCsp(html) {
  const tag = html.match(/<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i)?.[0];
  return tag
    ?.match(/\bcontent=(?:"([^"]*)"|'([^']*)')/i)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/**
 * Parses a policy into a map of directive name → list of sources.
 * @param {string} policy
 */
export function parseCsp(policy) {
  /** @type {Map<string, string[]>} */
  const map = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/**
 * The header policy: the union of every page's (narrowed) meta policy plus the header-only directives. Its
 * script-src and style-src therefore list every hash some page uses. That is correct for every page: a browser
 * enforces the header and the page's <meta> policy both (a source must pass each), so the header never allows what a
 * page's own meta does not, and it never blocks what a page's meta allows.
 * @param {Iterable<string>} metaPolicies
 */
export function headerPolicy(metaPolicies) {
  /** @type {Map<string, Set<string>>} */
  const merged = new Map();
  for (const policy of metaPolicies) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  }
  const parts = [...merged].map(([name, sources]) => [name, ...sources].join(' '));
  return [...parts, ...headerOnlyDirectives].join('; ');
}

/** Script types a browser runs (so CSP checks them); any other type is a data block, which CSP ignores. */
const executableScriptType =
  /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script|text\/javascript1\.[0-5]|text\/(jscript|livescript))$/;

/**
 * The inline scripts (those a browser would run) and inline styles of a page's HTML, in document order.
 * @param {string} html
 * @returns {{ kind: 'script' | 'style', text: string }[]}
 */
export function inlineBlocks(html) {
  /** @type {{ at: number, kind: 'script' | 'style', text: string }[]} */
  const blocks = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = attrs
      .match(/\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i)
      ?.slice(1)
      .find((v) => v !== undefined);
    if (!executableScriptType.test((type ?? '').trim().toLowerCase())) continue;
    blocks.push({ at: m.index, kind: 'script', text: m[2] ?? '' });
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi))
    blocks.push({ at: m.index, kind: 'style', text: m[1] ?? '' });
  return blocks.sort((a, b) => a.at - b.at).map(({ kind, text }) => ({ kind, text }));
}

/** A CSP hash source ('sha256-…', quotes included). */
const hashSource = /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/;

/**
 * Narrows a page's policy to that page: script-src and style-src keep, in their order, only the hashes of the inline
 * scripts and styles `html` holds; every other directive and source ('self', 'wasm-unsafe-eval' …) is kept as written.
 * An inline script or style whose hash the policy does not list is an error: Astro's site-wide list is the allow-list
 * of what the site meant to inline, so an unlisted one is a mistake to fix, not a hash to add.
 * @param {string} policy the page's policy as Astro wrote it (site-wide hashes)
 * @param {string} html the page
 * @param {string} file the page's file, for the error message
 */
export function narrowPolicy(policy, html, file) {
  const directives = parseCsp(policy);
  /** @type {Record<'script' | 'style', Set<string>>} */
  const used = { script: new Set(), style: new Set() };
  for (const { kind, text } of inlineBlocks(html)) {
    const hash = `'${cspHash(text)}'`;
    if (!(directives.get(`${kind}-src`) ?? []).includes(hash)) {
      const shown = JSON.stringify(text.slice(0, 60));
      throw new Error(
        `${file}: inline ${kind} ${shown} has a hash (${hash}) that is not in Astro's CSP ${kind}-src list. ` +
          `Make it a file, or, if it is meant to be inline, list its hash in csp (src/integrations/headers.mjs).`,
      );
    }
    used[kind].add(hash);
  }
  const keepBy = new Map([
    ['script-src', used.script],
    ['style-src', used.style],
  ]);
  return policy
    .split(';')
    .map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      const keep = keepBy.get(name.toLowerCase());
      if (!keep) return part;
      const lead = part.match(/^\s*/)?.[0] ?? '';
      return lead + [name, ...sources.filter((s) => !hashSource.test(s) || keep.has(s))].join(' ');
    })
    .join(';');
}

/**
 * A built page with its CSP <meta> narrowed to its own inline scripts and styles (see narrowPolicy), or the page as
 * it was if it has no CSP <meta>.
 * @param {string} html
 * @param {string} file the page's file, for error messages
 */
export function narrowPageCsp(html, file) {
  const tag = html.match(/<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i);
  const policy = readMetaCsp(html);
  if (!tag || policy === undefined) return html;
  const narrowed = narrowPolicy(policy, html, file);
  const newTag = tag[0].replace(policy, () => narrowed);
  const at = tag.index ?? 0;
  return html.slice(0, at) + newTag + html.slice(at + tag[0].length);
}

/**
 * Renders the _headers file (Netlify / Cloudflare Pages syntax): one rule for every path.
 * @param {string} policy
 */
export function renderHeaders(policy) {
  const lines = ['/*', `  Content-Security-Policy: ${policy}`];
  for (const [name, value] of Object.entries(otherHeaders)) lines.push(`  ${name}: ${value}`);
  return `# Written by src/integrations/headers.mjs at build time; do not edit.\n${lines.join('\n')}\n`;
}

/**
 * @param {string} dir
 * @returns {Generator<string>}
 */
function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Astro integration: once the pages are written, narrows each page's CSP <meta> to its own inline scripts and styles;
 * in the same pass, writes dist/_headers from the pages' narrowed policies.
 *
 * The narrowing runs in astro:build:generated, which Astro runs (for every integration) after it has written the
 * pages and before any astro:build:done hook: the pages are final before Pagefind indexes them and before the service
 * worker (offline.ts, astro:build:done) records each file's revision, whatever the order of the integrations.
 * @returns {import('astro').AstroIntegration}
 */
export function securityHeaders() {
  return {
    name: 'stl:security-headers',
    hooks: {
      'astro:build:generated': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        /** @type {Set<string>} */
        const policies = new Set();
        let pages = 0;
        let saved = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const narrowed = narrowPageCsp(html, relative(root, file));
          const policy = readMetaCsp(narrowed);
          if (policy) policies.add(policy);
          if (narrowed === html) continue;
          writeFileSync(file, narrowed);
          pages++;
          saved += html.length - narrowed.length;
        }
        logger.info(`CSP <meta> narrowed to each page's own inline hashes on ${pages} pages (${saved} bytes)`);
        // the same pass writes _headers from the narrowed policies (no second read of every page)
        if (policies.size === 0) throw new Error('No page carries a CSP <meta> tag: is security.csp enabled?');
        writeFileSync(join(root, '_headers'), renderHeaders(headerPolicy(policies)));
        logger.info(`_headers written (${policies.size} distinct page ${policies.size === 1 ? 'policy' : 'policies'})`);
      },
    },
  };
}
