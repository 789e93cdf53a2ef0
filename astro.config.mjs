// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { csp, securityHeaders } from './src/integrations/headers.mjs';
import { mdxChecks, mdxLinkCheck } from './src/integrations/mdx-checks.ts';
import offline from './src/integrations/offline.ts';
import pagefind from './src/integrations/pagefind.ts';

// BASE lets the same site deploy under a sub-path (GitHub Pages: BASE=/repo-name/).
const base = process.env.BASE ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // OUT_DIR and CACHE_DIR let tests and parallel builds write outside dist/ and node_modules/.astro.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // offline() comes last: its service worker precaches what the others wrote, Pagefind's index included.
  integrations: [react(), mdx(), sitemap(), securityHeaders(), mdxLinkCheck(), pagefind(), offline()],
  markdown: {
    // MDX authoring checks (CSP-blocked markup, links to missing pages): src/integrations/mdx-checks.ts.
    processor: satteri({ mdastPlugins: [mdxChecks] }),
    // Shiki writes inline style attributes, which the strict CSP blocks; code blocks stay plain <pre><code>.
    syntaxHighlight: false,
  },
  // Strict CSP as a <meta> tag on every page (hashes for Astro's inline scripts and styles, which securityHeaders()
  // narrows to each page's own); the policy and the _headers file written from it live in
  // src/integrations/headers.mjs.
  security: { csp },
  // Every stylesheet is a file: an inlined <style> would add its CSS and its CSP hash to every page that holds it
  // (when Astro's hashes were on every page, inlining came to 28 hashes, 1 KB gzip of HTML a page), and files are
  // cached from page to page.
  build: { inlineStylesheets: 'never' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX file triggers this harmless warning (withastro/astro#18087); hide it so real warnings stay visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
