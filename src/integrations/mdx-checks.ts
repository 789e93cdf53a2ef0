import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';

// Authoring checks on every MDX file as Sätteri compiles it: what the strict CSP would block at run time (inline
// scripts and styles, event handlers, javascript: links) stops the build instead, and every root-relative link is
// checked against the pages the build actually wrote. Each error names the file and the line.

type MdastPlugins = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['mdastPlugins']>;
type Factory = Extract<MdastPlugins[number], (...args: never[]) => unknown>;
type FactoryContext = Parameters<Factory>[0];

interface Positioned {
  position?: { start?: { line?: number | undefined } | undefined } | undefined;
}
interface JsxElement extends Positioned {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}
interface WithUrl extends Positioned {
  url: string;
}

/** An MDX file that would break the CSP or link to nowhere; the message names the file, the line and the fix. */
export class MdxCheckError extends Error {
  /** First problem's line: the MDX plugin reports it as the error's location. */
  line: number | undefined;
  column: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
    this.column = line === undefined ? undefined : 1;
    this.name = 'MdxCheckError';
    this.stack = '';
  }
}

/** Root-relative links found in MDX files, by file: checked against the built pages when the build is done. */
const linksByFile = new Map<string, { url: string; line: number | undefined }[]>();

const shown = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

/** True for a URL a browser would run as script (`javascript:`, also when hidden by case, spaces or entities). */
export function isScriptUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters inside a scheme
  const plain = url.replace(/[\u0000-\u0020]|&#0*9;|&#x0*9;|&tab;|&newline;/gi, '').toLowerCase();
  return /^(javascript|vbscript):/.test(plain) || plain.startsWith('data:text/html');
}

/** Attributes whose value is a URL. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/** The Sätteri plugin factory: one instance per compiled document, throwing once with all of its problems. */
export const mdxChecks: Factory = (ctx: FactoryContext) => {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unnamed MDX)';
  const problems: { line: number | undefined; text: string }[] = [];
  const links: { url: string; line: number | undefined }[] = [];
  // Sätteri counts lines from the top of the file, front matter included.
  const lineOf = (node: Positioned) => node.position?.start?.line;
  const add = (node: Positioned, text: string) => problems.push({ line: lineOf(node), text });
  const checkUrl = (node: Positioned, url: string, what: string) => {
    if (isScriptUrl(url))
      add(node, `${what} "${url}" runs script; the site's CSP blocks it. Link to a page or write the text out.`);
    else if (url.startsWith('/') && !url.startsWith('//')) links.push({ url, line: lineOf(node) });
  };
  const checkElement = (node: JsxElement) => {
    const name = (node.name ?? '').toLowerCase();
    if (name === 'script' || name === 'style')
      add(
        node,
        `<${name}> is not allowed in content: the CSP blocks inline ${name === 'script' ? 'scripts' : 'styles'}. ${name === 'script' ? 'Interactive parts belong in an island (src/islands/).' : 'Use the site stylesheet (src/styles/).'}`,
      );
    for (const attribute of node.attributes) {
      const attr = (attribute.name ?? '').toLowerCase();
      if (attribute.type !== 'mdxJsxAttribute') continue;
      if (attr === 'style')
        add(node, `<${node.name}> has a style attribute; the CSP blocks inline styles. Use a class from the site CSS.`);
      else if (/^on[a-z]/.test(attr))
        add(node, `<${node.name}> has an event handler (${attribute.name}); the CSP blocks inline script.`);
      else if (urlAttributes.has(attr) && typeof attribute.value === 'string')
        checkUrl(node, attribute.value, `<${node.name} ${attribute.name}>`);
    }
  };
  return {
    name: 'stl-mdx-checks',
    options: { position: true },
    mdxJsxFlowElement: (node) => checkElement(node as unknown as JsxElement),
    mdxJsxTextElement: (node) => checkElement(node as unknown as JsxElement),
    link: (node) => checkUrl(node, (node as WithUrl).url, 'The link'),
    definition: (node) => checkUrl(node, (node as WithUrl).url, 'The link definition'),
    image: (node) => checkUrl(node, (node as WithUrl).url, 'The image'),
    html: (node) => {
      const value = String((node as { value?: unknown }).value ?? '');
      if (
        /<\s*(script|style)\b/i.test(value) ||
        /\sstyle\s*=|\son[a-z]+\s*=/i.test(value) ||
        /javascript:/i.test(value)
      )
        add(node, 'raw HTML with a script, a style or an event handler; the CSP blocks it.');
    },
    after: () => {
      linksByFile.set(file, links);
      if (problems.length === 0) return;
      problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      const lines = problems.map((p) => `  ${shown(file)}${p.line ? `:${p.line}` : ''}: ${p.text}`);
      throw new MdxCheckError(
        `${shown(file)} has content the site would block:\n${lines.join('\n')}`,
        problems[0]?.line,
      );
    },
  };
};

/** Where a root-relative link lands in the built site, or undefined when no page or file is there. */
function target(outDir: string, url: string): string | undefined {
  const path = decodeURI(url.replace(/[?#].*$/, ''));
  const candidates = path.endsWith('/') ? [join(outDir, path, 'index.html')] : [join(outDir, path)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Astro integration: when the pages are written, every root-relative link found in MDX must land on a page or file
 * of this build (written without the base path: the Link component adds it). Fails the build naming file and link.
 */
export function mdxLinkCheck(): AstroIntegration {
  return {
    name: 'stl:mdx-link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const broken: string[] = [];
        let count = 0;
        for (const [file, links] of [...linksByFile].sort(([a], [b]) => a.localeCompare(b))) {
          for (const { url, line } of links) {
            count++;
            if (target(outDir, url)) continue;
            const slashed = !url.replace(/[?#].*$/, '').endsWith('/') && target(outDir, url.replace(/([^?#]*)/, '$1/'));
            const hint = slashed
              ? ` Page links end with a slash: "${url.replace(/([^?#]*)/, '$1/')}".`
              : ' No page or file of the site has that address (write links without the base path).';
            broken.push(`  ${shown(file)}${line ? `:${line}` : ''}: the link "${url}" leads nowhere.${hint}`);
          }
        }
        if (broken.length > 0)
          throw new MdxCheckError(
            `${broken.length === 1 ? 'A link' : `${broken.length} links`} in MDX lead nowhere:\n${broken.join('\n')}`,
          );
        logger.info(`${count} internal links in MDX checked`);
      },
    },
  };
}
