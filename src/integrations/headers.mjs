// @ts-check
// One source of truth for the site's security policy. astro.config.mjs feeds `csp` to Astro's `security.csp`
// (Astro adds the hashes of its own inline scripts and styles and emits a <meta> tag on every page), and the
// `securityHeaders()` integration writes the same policy, plus what only an HTTP header can carry, to dist/_headers
// for hosts that read one (Netlify, Cloudflare Pages).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * The header policy: the union of every page's meta policy (Astro's hashes are site-wide, so this is normally the
 * meta policy itself) plus the header-only directives.
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
 * Astro integration: after the build, writes dist/_headers from the policies Astro put in the pages.
 * @returns {import('astro').AstroIntegration}
 */
export function securityHeaders() {
  return {
    name: 'stl:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        /** @type {Set<string>} */
        const policies = new Set();
        for (const file of htmlFiles(root)) {
          const policy = readMetaCsp(readFileSync(file, 'utf8'));
          if (policy) policies.add(policy);
        }
        if (policies.size === 0) throw new Error('No page carries a CSP <meta> tag: is security.csp enabled?');
        writeFileSync(join(root, '_headers'), renderHeaders(headerPolicy(policies)));
        logger.info(`_headers written (${policies.size} distinct page ${policies.size === 1 ? 'policy' : 'policies'})`);
      },
    },
  };
}
