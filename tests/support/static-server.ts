import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { contentTypes } from './local-setup.mjs';

/**
 * Serves a static folder the way a plain static host does (index.html for folders, 404.html otherwise),
 * mounted under `base`, so tests see exactly what a deploy of dist/ would serve.
 */
export function startStaticServer(root: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return send404();
    let file = normalize(join(root, path.slice(prefix.length - 1)));
    if (!file.startsWith(root)) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send404();
    res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);

    function send404() {
      const page = join(root, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('Not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${port}${prefix}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
