import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

/** Serves the bundled demo OA page on loopback only. */
export async function serveDemo(port = 0) {
  const server = createServer(async (request, response) => {
    if (request.url !== '/' && request.url !== '/oa-form.html') return void response.writeHead(404).end();
    const html = await readFile(new URL('../demo/oa-form.html', import.meta.url));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address();
  return { url: `http://127.0.0.1:${actual}/oa-form.html`, close: () => server.close() };
}
