import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface MirrorRequest {
  method: string;
  /** Path and query, exactly as received. */
  url: string;
  body: string;
}

export interface ModelMirror {
  /** The base URL a user types into 模型来源 (…/models, no trailing slash). */
  baseUrl: string;
  origin: string;
  /** Every request the mirror received, preflights included. */
  received: MirrorRequest[];
  /** The only paths a mirror is meant to serve for this model: HF layout for files, libs/ for the wasm. */
  modelFilePaths: string[];
  close(): Promise<void>;
}

/**
 * A model mirror on 127.0.0.1 laid out like Hugging Face (`/models/<id>/resolve/main/<file>`) plus the
 * model library (`/models/libs/<lib>`), serving a folder written by `writeFakeModelFolder`. It answers
 * with `Access-Control-Allow-Origin: *`, as an intranet mirror would, and records every request.
 */
export async function serveModelMirror(folder: string, modelId: string, lib: string): Promise<ModelMirror> {
  const files: Record<string, string> = {};
  for (const name of [
    'mlc-chat-config.json',
    'tokenizer.json',
    'tensor-cache.json',
    'params_shard_0.bin',
    'params_shard_1.bin',
  ])
    files[`/models/${modelId}/resolve/main/${name}`] = join(folder, name);
  files[`/models/libs/${lib}`] = join(folder, 'libs', lib);
  const received: MirrorRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const headers = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
      if (request.method === 'OPTIONS') return void response.writeHead(204, headers).end();
      const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
      if (!file || request.method !== 'GET') return void response.writeHead(404, headers).end();
      readFile(file).then(
        (body) => response.writeHead(200, { ...headers, 'content-type': 'application/octet-stream' }).end(body),
        () => response.writeHead(500, headers).end(),
      );
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}/models`,
    origin,
    received,
    modelFilePaths: Object.keys(files),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
