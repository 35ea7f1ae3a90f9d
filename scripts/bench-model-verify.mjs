// Part of `npm run bench`: what verifying model files costs. hash-wasm runs the same WebAssembly in Node as
// in the extension's workers. SHA-256 of a 1 GB GGUF file is computed from a stream of 1 MB chunks (as from
// Blob.stream()), so memory should stay flat; MD5 of a 32 MB WebLLM shard is computed in one piece.
// Prints throughput and the peak resident memory added; asserts nothing. SIZE_MB overrides the 1024 MB.
import { loadavg } from 'node:os';
import { createMD5, createSHA256 } from 'hash-wasm';

const sizeMB = Number(process.env.SIZE_MB ?? 1024);
const chunk = new Uint8Array(1024 * 1024).map((_, index) => (index * 31) % 256);
const baseline = process.memoryUsage().rss;
let peak = baseline;

const sha = await createSHA256();
let started = performance.now();
for (let mb = 0; mb < sizeMB; mb++) {
  sha.update(chunk);
  if (mb % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
sha.digest('hex');
const shaSeconds = (performance.now() - started) / 1000;

const shard = new Uint8Array(32 * 1024 * 1024).map((_, index) => (index * 7) % 256);
const md5 = await createMD5();
started = performance.now();
md5.update(shard);
md5.digest('hex');
const md5Seconds = (performance.now() - started) / 1000;

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
console.log(
  `model-verify sha256 ${sizeMB} MB streamed: ${shaSeconds.toFixed(1)} s (${(sizeMB / shaSeconds).toFixed(0)} MB/s), peak RSS +${mb(peak - baseline)} MB`,
);
console.log(
  `model-verify md5 32 MB shard: ${(md5Seconds * 1000).toFixed(0)} ms (${(32 / md5Seconds).toFixed(0)} MB/s)`,
);
console.log(`model-verify load average ${loadavg()[0].toFixed(1)}`);
