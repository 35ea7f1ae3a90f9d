/**
 * Reads what a GGUF header promises about the file: where the tensor data ends and, for one part of a
 * split model, its number and the part count (llama-gguf-split's `split.no` / `split.count`). Layout from
 * ggml's gguf.cpp (version 2 and 3: 64-bit counts, little-endian); the header is read in slices, so a
 * tokenizer of some MB in the metadata never means reading the whole file.
 */
export interface GgufHeader {
  /** End of the last tensor's data; null when a tensor type's size is not known here. */
  dataEnd: number | null;
  split: { no: number; count: number } | null;
}

// ggml type id → [elements per block, bytes per block], from ggml's type traits (the types whose
// layout is stable; a newer type makes dataEnd unknown rather than wrong).
const blockSizes: Record<number, [number, number]> = {
  0: [1, 4],
  1: [1, 2],
  2: [32, 18],
  3: [32, 20],
  6: [32, 22],
  7: [32, 24],
  8: [32, 34],
  9: [32, 36],
  10: [256, 84],
  11: [256, 110],
  12: [256, 144],
  13: [256, 176],
  14: [256, 210],
  15: [256, 292],
  24: [1, 1],
  25: [1, 2],
  26: [1, 4],
  27: [1, 8],
  28: [1, 8],
  30: [1, 2],
};
// Value type id → fixed size in bytes (8: string and 9: array are read specially).
const scalarSizes: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };

class BlobReader {
  private buffer = new DataView(new ArrayBuffer(0));
  private start = 0;
  position = 0;
  constructor(private readonly blob: Blob) {}

  private async need(bytes: number): Promise<void> {
    if (this.position + bytes <= this.start + this.buffer.byteLength) return;
    if (this.position + bytes > this.blob.size) throw new Error('header past the end of the file');
    this.start = this.position;
    const end = Math.min(this.blob.size, this.position + Math.max(bytes, 1 << 20));
    this.buffer = new DataView(await this.blob.slice(this.position, end).arrayBuffer());
  }
  async u32(): Promise<number> {
    await this.need(4);
    const value = this.buffer.getUint32(this.position - this.start, true);
    this.position += 4;
    return value;
  }
  async u64(): Promise<number> {
    await this.need(8);
    const value = this.buffer.getBigUint64(this.position - this.start, true);
    this.position += 8;
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('value too large');
    return Number(value);
  }
  skip(bytes: number): void {
    if (this.position + bytes > this.blob.size) throw new Error('header past the end of the file');
    this.position += bytes;
  }
  async string(): Promise<string> {
    const length = await this.u64();
    if (length > 1 << 20) throw new Error('string too long');
    await this.need(length);
    const offset = this.position - this.start;
    this.position += length;
    return new TextDecoder().decode(new Uint8Array(this.buffer.buffer, offset, length));
  }
  /** A value of `type`, returned only when it is a small integer (the keys read here are). */
  async value(type: number): Promise<number | null> {
    if (type === 8) {
      this.skip(await this.u64());
      return null;
    }
    if (type === 9) {
      const itemType = await this.u32();
      const count = await this.u64();
      if (itemType === 8) for (let item = 0; item < count; item++) this.skip(await this.u64());
      else if (scalarSizes[itemType]) this.skip(count * scalarSizes[itemType]);
      else throw new Error(`array of type ${itemType}`);
      return null;
    }
    const size = scalarSizes[type];
    if (!size) throw new Error(`value of type ${type}`);
    if (size === 2) {
      await this.need(2);
      const small = this.buffer.getUint16(this.position - this.start, true);
      this.position += 2;
      return small;
    }
    if (type === 4 || type === 5) return this.u32();
    this.skip(size);
    return null;
  }
}

export async function readGgufHeader(file: Blob): Promise<GgufHeader> {
  const reader = new BlobReader(file);
  if ((await reader.u32()) !== 0x46554747) throw new Error('not a GGUF file');
  const version = await reader.u32();
  if (version < 2) throw new Error(`GGUF version ${version}`);
  const tensorCount = await reader.u64();
  const keyCount = await reader.u64();
  const numbers = new Map<string, number>();
  for (let key = 0; key < keyCount; key++) {
    const name = await reader.string();
    const value = await reader.value(await reader.u32());
    if (value !== null) numbers.set(name, value);
  }
  let tensorsEnd: number | null = 0;
  for (let tensor = 0; tensor < tensorCount; tensor++) {
    await reader.string();
    const dims = await reader.u32();
    let elements = 1;
    for (let dim = 0; dim < dims; dim++) elements *= await reader.u64();
    const block = blockSizes[await reader.u32()];
    const offset = await reader.u64();
    if (tensorsEnd !== null && block) tensorsEnd = Math.max(tensorsEnd, offset + (elements / block[0]) * block[1]);
    else tensorsEnd = null;
  }
  const alignment = numbers.get('general.alignment') ?? 32;
  // No tensors (a split's metadata-only first part): nothing needs to follow the header.
  const dataStart = tensorCount ? Math.ceil(reader.position / alignment) * alignment : reader.position;
  const count = numbers.get('split.count');
  return {
    dataEnd: tensorsEnd === null ? null : dataStart + tensorsEnd,
    split: count === undefined ? null : { no: numbers.get('split.no') ?? 0, count },
  };
}
