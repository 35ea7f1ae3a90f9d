/** A GGUF without tensors or metadata (magic, version 3, two zero counts: 24 bytes), then numbered bytes. */
export const ggufBytes = (size: number) => {
  const bytes = new Uint8Array(size).map((_, index) => index % 251);
  bytes.fill(0, 0, 24);
  bytes.set([...new TextEncoder().encode('GGUF'), 3]);
  return bytes;
};

export interface RangeServerOptions {
  /** Answers every request with the whole file (200), as a server without Range support does. */
  ignoreRange?: boolean;
  /** The connection drops once this many bytes of the file (counted from byte 0) have been sent. */
  dropAt?: number;
  /** Sending stops at this byte of the file until the request is aborted (a slow server, cancelled). */
  holdAt?: number;
  /** Bytes per chunk of the body. */
  chunk?: number;
}

/**
 * A fake fetch serving one file in chunks: `Range: bytes=N-` gets a 206 from byte N. It records each
 * request's Range header and how many bytes of the file it sent.
 */
export function rangeServer(bytes: Uint8Array, options: RangeServerOptions = {}) {
  const ranges: string[] = [];
  let sent = 0;
  const fetcher = (async (_url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('Range') ?? '';
    ranges.push(range);
    const match = /^bytes=(\d+)-$/.exec(range);
    const partial = match !== null && !options.ignoreRange;
    const from = partial ? Number(match[1]) : 0;
    let at = from;
    const chunk = options.chunk ?? 10;
    const signal = init?.signal;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (at === options.dropAt) return controller.error(new TypeError('Failed to fetch'));
        if (at === options.holdAt) {
          await new Promise((stopped) => signal?.addEventListener('abort', stopped));
          return controller.error(new DOMException('signal is aborted without reason', 'AbortError'));
        }
        if (at >= bytes.length) return controller.close();
        const stops = [options.dropAt, options.holdAt].filter((stop) => stop !== undefined && stop > at);
        const end = Math.min(bytes.length, at + chunk, ...(stops as number[]));
        controller.enqueue(bytes.slice(at, end));
        sent += end - at;
        at = end;
      },
    });
    return partial
      ? new Response(body, {
          status: 206,
          headers: { 'Content-Range': `bytes ${from}-${bytes.length - 1}/${bytes.length}` },
        })
      : new Response(body, { status: 200, headers: { 'Content-Length': String(bytes.length) } });
  }) as typeof fetch;
  return { fetcher, ranges, sent: () => sent };
}
