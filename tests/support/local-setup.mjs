// The one place that says which Chromium the tests, screenshots and benchmark drive and how it starts, and what
// content types the local static servers send.

/** Chromium from the system (Debian's `chromium`); tests/run.mjs makes sure it is there. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Headless flags that keep Chromium off the network and quiet on a locked-down machine. */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Content types a static host sends for the files the site is built from. */
export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};
