import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { otherHeaders, parseCsp, readMetaCsp } from '../../src/integrations/headers.mjs';
import { htmlFiles, outDir } from './sweep-pages';

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
    // every inline script and style is allowed by a hash (nothing relies on 'unsafe-inline')
    const hashesOf = (name: string) => new Set(directives.get(name) ?? []);
    for (const [, attrs, body = ''] of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attrs ?? '') || /type="(application\/(ld\+)?json|text\/template)"/.test(attrs ?? '')) continue;
      expect(hashesOf('script-src').has(`'${sha256(body)}'`), `inline script in ${file}: ${body.slice(0, 60)}`).toBe(
        true,
      );
    }
    for (const [, body = ''] of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)) {
      expect(hashesOf('style-src').has(`'${sha256(body)}'`), `inline style in ${file}: ${body.slice(0, 60)}`).toBe(
        true,
      );
    }
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

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
