// A static server that behaves like a production host for measurements: gzip/brotli when the client accepts them,
// the headers from dist/_headers (so the CSP header is enforced too), index.html for folders, 404.html otherwise.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentTypes } from '../tests/support/local-setup.mjs';

const compressible = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

/** Brotli as a CDN does it for static files (quality 11), gzip at the common default (6). */
export const compress = {
  gzip: (buf) => gzipSync(buf, { level: 6 }),
  br: (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
};

function readHeadersFile(root) {
  const file = join(root, '_headers');
  const headers = {};
  if (!existsSync(file)) return headers;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^\s+([A-Za-z-]+):\s*(.+)$/);
    if (m) headers[m[1]] = m[2];
  }
  return headers;
}

/** Serves `root` under `base`; resolves to { url, close }. */
export function serve(root, base = '/') {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const extra = readHeadersFile(root);
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let status = 200;
    let file = path.startsWith(prefix) ? normalize(join(root, path.slice(prefix.length - 1))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return res.writeHead(301, { location: `${path}/` }).end();
      file = join(file, 'index.html');
    }
    if (!file?.startsWith(root) || !existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = compressible.test(type)
      ? accept.includes('br')
        ? 'br'
        : accept.includes('gzip')
          ? 'gzip'
          : ''
      : '';
    const key = `${file}:${encoding}`;
    if (!cache.has(key)) {
      const raw = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
      cache.set(key, encoding ? compress[encoding](raw) : raw);
    }
    const body = cache.get(key);
    res.writeHead(status, {
      ...extra,
      'content-type': type,
      'content-length': body.length,
      ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
    });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
