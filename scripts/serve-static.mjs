import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
};

/**
 * Serves folders on 127.0.0.1 (a random port) for the E2E fixture pages and the benchmarks: `mounts` maps a
 * URL prefix to a folder; `headers` go on every response (the CPU engine bench adds COOP/COEP to measure
 * the multi-threaded engine).
 */
export async function serveStatic(mounts, headers = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((candidate) => path.startsWith(candidate));
    if (prefix === undefined) return void response.writeHead(404).end();
    const root = resolve(mounts[prefix]);
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      response
        .writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: (path) => `http://127.0.0.1:${server.address().port}${path}`,
    close: () =>
      new Promise((done) => {
        // Keep-alive connections of a still-open browser would hold close() until they time out.
        server.closeAllConnections();
        server.close(done);
      }),
  };
}
