/** What went wrong, in terms the UI can explain and suggest a way out of. */
export type PolishErrorCode =
  | 'offline'
  | 'gpuMemory'
  | 'noWebGpu'
  | 'noF16'
  | 'storage'
  | 'cancelled'
  | 'broken'
  | 'mismatch'
  | 'timeout'
  | 'permission'
  | 'unknown';

export interface PolishError {
  code: PolishErrorCode;
  /** The original text, kept for a "details" line; never a stack trace. */
  detail: string;
  /** The model file that failed verification (`mismatch`), named in the message. */
  file?: string;
}

const patterns: [PolishErrorCode, RegExp][] = [
  ['cancelled', /^cancelled$|AbortError|aborted/i],
  // The CPU engine gave up waiting for its WebAssembly (refused, or a disk far too slow).
  ['timeout', /load timeout/i],
  ['permission', /no host permission/i],
  [
    'offline',
    /Failed to fetch|NetworkError|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|net::|status(Text)?: ?(404|5\d\d)|HTTP (40[34]|5\d\d)|Cannot fetch/i,
  ],
  ['storage', /QuotaExceeded|quota|storage.*full/i],
  ['noF16', /shader-f16/i],
  ['noWebGpu', /WebGPU|navigator\.gpu|GPUAdapter|requestAdapter/i],
  ['gpuMemory', /device (was )?lost|out of memory|OOM|allocat|maxBufferSize|maxStorageBufferBindingSize/i],
  // A file that failed verification before it reached the cache: `integrity: <file>: <problem>`.
  ['mismatch', /integrity: [^\s:]+: /],
  // A shard or config that does not parse: the cache holds a broken download (WebLLM #289).
  [
    'broken',
    /JSON|Unexpected (token|end)|tensor|byteOffset|integrity|reading 'buffer'|incomplete|failed to load model/i,
  ],
];

const codes: readonly string[] = [...patterns.map(([code]) => code), 'unknown'];
const isPolishError = (error: unknown): error is PolishError =>
  typeof error === 'object' &&
  error !== null &&
  codes.includes((error as PolishError).code) &&
  typeof (error as PolishError).detail === 'string';

/**
 * WebLLM rejects with Errors, strings or plain objects; everything becomes one PolishError. One that is
 * already normalised (ensureReady rethrows it to the polish run) passes through, rather than showing up
 * as its own JSON in the details line.
 */
export function normalizeError(error: unknown): PolishError {
  if (isPolishError(error))
    return { code: error.code, detail: error.detail, ...(error.file ? { file: error.file } : {}) };
  const detail =
    typeof error === 'string'
      ? error
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : (() => {
            try {
              return JSON.stringify(error) ?? String(error);
            } catch {
              return String(error);
            }
          })();
  const code = patterns.find(([, pattern]) => pattern.test(detail))?.[0] ?? 'unknown';
  const file = code === 'mismatch' ? /integrity: ([^\s:]+): /.exec(detail)?.[1] : undefined;
  return { code, detail: detail.split('\n')[0].slice(0, 300), ...(file ? { file } : {}) };
}
