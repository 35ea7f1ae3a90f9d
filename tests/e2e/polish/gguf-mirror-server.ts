import { createServer } from 'node:http';

export interface GgufMirrorRequest {
  method: string;
  url: string;
  range: string | null;
  status: number;
  /** Bytes of the file this response sent so far. */
  sent: number;
}

export interface GgufMirror {
  /** The base URL a user types into 模型来源. */
  baseUrl: string;
  origin: string;
  received: GgufMirrorRequest[];
  /** Answer `Range: bytes=N-` with 206 from byte N (true), or ignore it and send the whole file (false). */
  acceptRanges: boolean;
  /** Sending pauses when it reaches this byte of the file, until the client goes away or `hold(null)`. */
  hold(byte: number | null): void;
  close(): Promise<void>;
}

const chunkBytes = 64 * 1024;

/**
 * A mirror on 127.0.0.1 serving one GGUF file at `/models/<repo>/resolve/main/<file>`, the Hugging Face
 * layout. It honours open-ended Range requests (or not, as told), can hold the body at a given byte so a
 * test can cancel mid-download by waiting for that state, and records every request with what it sent.
 */
export async function serveGgufMirror(path: string, bytes: Uint8Array): Promise<GgufMirror> {
  const waiting = new Set<() => void>();
  let holdAt: number | null = null;
  const mirror: GgufMirror = {
    baseUrl: '',
    origin: '',
    received: [],
    acceptRanges: true,
    hold: (byte) => {
      holdAt = byte;
      for (const wake of waiting) wake();
      waiting.clear();
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  const server = createServer((request, response) => {
    const range = request.headers.range ?? null;
    const match = /^bytes=(\d+)-$/.exec(range ?? '');
    const partial = match !== null && mirror.acceptRanges;
    const from = partial ? Number(match[1]) : 0;
    const status = request.url !== path || request.method !== 'GET' ? 404 : partial ? 206 : 200;
    const record: GgufMirrorRequest = { method: request.method ?? '', url: request.url ?? '', range, status, sent: 0 };
    mirror.received.push(record);
    const headers: Record<string, string> = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
    if (status === 404) return void response.writeHead(404, headers).end();
    if (partial) headers['content-range'] = `bytes ${from}-${bytes.length - 1}/${bytes.length}`;
    headers['content-length'] = String(bytes.length - from);
    headers['content-type'] = 'application/octet-stream';
    response.writeHead(status, headers);
    let closed = false;
    const gone = new Promise<void>((done) => response.once('close', done)).then(() => void (closed = true));
    void (async () => {
      for (let at = from; at < bytes.length && !closed;) {
        if (holdAt !== null && at >= holdAt) {
          await Promise.race([gone, new Promise<void>((wake) => waiting.add(wake))]);
          continue;
        }
        const end = Math.min(bytes.length, at + chunkBytes, holdAt !== null && holdAt > at ? holdAt : Infinity);
        const more = response.write(bytes.subarray(at, end));
        record.sent += end - at;
        at = end;
        if (!more) await Promise.race([gone, new Promise((drained) => response.once('drain', drained))]);
      }
      if (!closed) response.end();
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  mirror.origin = `http://127.0.0.1:${port}`;
  mirror.baseUrl = `${mirror.origin}/models`;
  return mirror;
}
