import { describe, expect, test } from 'vitest';
import {
  csp,
  cspHash,
  headerPolicy,
  inlineBlocks,
  narrowPageCsp,
  narrowPolicy,
  parseCsp,
  readMetaCsp,
  renderHeaders,
} from '../../src/integrations/headers.mjs';
import { islandStatusScript } from '../../src/lib/island-status.mjs';
import { offlineInitScript } from '../../src/lib/offline-init.mjs';
import { themeInitScript } from '../../src/lib/theme-init.mjs';

describe('the security policy (src/integrations/headers.mjs)', () => {
  test('is strict: no unsafe-inline or unsafe-eval, no plugins, base and forms pinned to the site', () => {
    const all = [...csp.directives, ...csp.scriptDirective.resources, ...csp.styleDirective.resources].join(' ');
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(csp.directives).toEqual(
      expect.arrayContaining(["object-src 'none'", "base-uri 'self'", "default-src 'self'"]),
    );
    expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  test('allows each inline script (theme, offline, island status) by its exact hash and nothing else', () => {
    expect(csp.scriptDirective.hashes).toEqual([
      cspHash(themeInitScript),
      cspHash(offlineInitScript),
      cspHash(islandStatusScript),
    ]);
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  test('reads a page policy from its meta tag and merges page policies for the header', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a'"></head>`;
    const policy = readMetaCsp(html) ?? '';
    expect(parseCsp(policy).get('script-src')).toEqual(["'self'", "'sha256-a'"]);
    const merged = parseCsp(headerPolicy([policy, "default-src 'self'; script-src 'self' 'sha256-b'"]));
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
    expect(merged.get('frame-ancestors')).toEqual(["'none'"]);
    expect(readMetaCsp('<head></head>')).toBeUndefined();
  });

  test('writes a _headers file with one rule for every path', () => {
    const text = renderHeaders("default-src 'self'");
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'$/m);
    for (const name of ['Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy'])
      expect(text).toContain(`  ${name}: `);
    // frame-ancestors cannot live in a <meta> CSP; X-Frame-Options says the same to browsers that predate it
    expect(text).toContain('  X-Frame-Options: DENY\n');
  });

  describe("narrowing a page's policy to its own inline scripts and styles", () => {
    // A policy as Astro writes it: the site-wide hashes of every inline script and style (order as Astro lists them).
    const [a, b, c] = ['a()', 'b()', 'c()'];
    const site =
      "default-src 'self';object-src 'none';base-uri 'self'; " +
      `script-src 'self' 'wasm-unsafe-eval' '${cspHash(a)}' '${cspHash(b)}' '${cspHash(c)}'; ` +
      `style-src 'self' '${cspHash('x{}')}' '${cspHash('')}';`;
    const page = (body: string) =>
      `<head><meta http-equiv="content-security-policy" content="${site}"><script src="/f.js"></script></head><body>${body}</body>`;

    test('keeps exactly the hashes of the inline scripts and styles the page holds, in the policy order', () => {
      // c before a in the page, a twice, b nowhere; the style once
      const html = page(
        `<script>${c}</script><style>x{}</style><script type="module">${a}</script><script>${a}</script>`,
      );
      const narrowed = narrowPolicy(site, html, 'p/index.html');
      expect(parseCsp(narrowed).get('script-src')).toEqual([
        "'self'",
        "'wasm-unsafe-eval'",
        `'${cspHash(a)}'`,
        `'${cspHash(c)}'`,
      ]);
      expect(parseCsp(narrowed).get('style-src')).toEqual(["'self'", `'${cspHash('x{}')}'`]);
      // every other directive is written exactly as before
      expect(narrowed.startsWith("default-src 'self';object-src 'none';base-uri 'self'; script-src 'self' ")).toBe(
        true,
      );
      expect(narrowed.endsWith(`style-src 'self' '${cspHash('x{}')}';`)).toBe(true);
    });

    test('a page with no inline script or style keeps the policy without any hash', () => {
      const html = page('<script type="application/json">{"not":"run"}</script><p>text</p>');
      const narrowed = narrowPolicy(site, html, 'plain/index.html');
      expect(narrowed).toBe(
        "default-src 'self';object-src 'none';base-uri 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';",
      );
    });

    test('an inline script or style the site-wide list does not allow fails, naming the page and the code', () => {
      const stray = `window.stray = "an inline script nobody listed, long enough to be cut at sixty characters"`;
      expect(() =>
        narrowPolicy(site, page(`<script>${a}</script><script>${stray}</script>`), 'topics/x/index.html'),
      ).toThrow(
        `topics/x/index.html: inline script ${JSON.stringify(stray.slice(0, 60))} has a hash ('${cspHash(stray)}') that is not in Astro's CSP script-src list.`,
      );
      expect(() => narrowPolicy(site, page('<style>y{}</style>'), 'search/index.html')).toThrow(
        /^search\/index\.html: inline style "y\{\}" has a hash .* not in Astro's CSP style-src list/,
      );
    });

    test('only scripts a browser runs count: data blocks and scripts with src do not', () => {
      const html =
        `<script src="/x.js">${b}</script><script type="application/ld+json">{}</script>` +
        `<script type='text/javascript'>${a}</script><script type=module>${b}</script><script type="importmap">{}</script>`;
      expect(inlineBlocks(html)).toEqual([
        { kind: 'script', text: a },
        { kind: 'script', text: b },
        { kind: 'script', text: '{}' },
      ]);
    });

    test("rewrites only the page's meta tag, and leaves a page without one as it is", () => {
      const html = page(`<script>${b}</script>`);
      const narrowed = narrowPageCsp(html, 'p/index.html');
      expect(readMetaCsp(narrowed)).toBe(narrowPolicy(site, html, 'p/index.html'));
      expect(narrowed.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
      expect(narrowPageCsp('<p>no policy</p>', 'q/index.html')).toBe('<p>no policy</p>');
    });
  });
});
