import { createSHA256 } from 'hash-wasm';
import { integrityError } from './check-shard';
import { readGgufHeader } from './gguf-header';

export interface GgufExpectation {
  /** Hex SHA-256 of the whole file, where the catalogue carries one (Hugging Face LFS lists it per file). */
  sha256?: string;
  /** Which part of how many the file was picked or downloaded as (0-based). */
  part?: { index: number; count: number };
}

/** SHA-256 of a Blob read as a stream: memory stays at one chunk, whatever the file's size. */
export async function sha256Of(blob: Blob): Promise<string> {
  const hasher = await createSHA256();
  const reader = blob.stream().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) hasher.update(chunk.value);
  return hasher.digest('hex');
}

/**
 * Throws (`integrity: <file>: …`) unless the file holds all the tensor data its header promises, is the
 * part of a split model it claims to be, and, where a SHA-256 is known, has that hash. Called before a
 * file counts as present: nothing unverified is left looking complete.
 */
export async function verifyGgufFile(file: Blob, name: string, expected: GgufExpectation = {}): Promise<void> {
  const header = await readGgufHeader(file).catch((error: unknown) => {
    throw integrityError(name, `unreadable GGUF header (${error instanceof Error ? error.message : String(error)})`);
  });
  if (header.dataEnd !== null && file.size < header.dataEnd)
    throw integrityError(name, `${file.size} bytes, its tensors need ${header.dataEnd}`);
  const { part } = expected;
  if (part && header.split && (header.split.no !== part.index || header.split.count !== part.count))
    throw integrityError(
      name,
      `part ${header.split.no + 1} of ${header.split.count}, picked as ${part.index + 1} of ${part.count}`,
    );
  if (!expected.sha256) return;
  const actual = await sha256Of(file);
  if (actual !== expected.sha256.toLowerCase())
    throw integrityError(name, `SHA-256 ${actual}, the catalogue says ${expected.sha256}`);
}
