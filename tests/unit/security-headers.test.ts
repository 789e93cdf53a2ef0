import { describe, expect, test } from 'vitest';
import { csp, cspHash, headerPolicy, parseCsp, readMetaCsp, renderHeaders } from '../../src/integrations/headers.mjs';
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
});
