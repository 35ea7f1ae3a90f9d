import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/**
 * Serves one folder on 127.0.0.1 for the benchmark page. `headers` go on every response (the CPU engine
 * bench adds COOP/COEP to measure the multi-threaded engine).
 */
export async function serveStatic(root, headers = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(join(root, new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    if (!path.startsWith(root)) return void response.writeHead(403).end();
    try {
      response
        .writeHead(200, { ...headers, 'content-type': types[extname(path)] ?? 'application/octet-stream' })
        .end(await readFile(path));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}
