import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The made-up weights of every shard; tensor-cache.json carries their MD5, as tvmjs writes it. */
export const fakeShard = () => Buffer.alloc(48);

/**
 * A model folder shaped like a USB copy of a Hugging Face MLC repository, with tiny made-up weights:
 * enough for import, WebLLM's hasModelInCache and deletion, never for generation.
 */
export async function writeFakeModelFolder(modelId: string, lib: string): Promise<string> {
  const root = join(await mkdtemp(join(tmpdir(), 'wenshu-model-')), modelId);
  await mkdir(join(root, 'libs'), { recursive: true });
  const tensorCache = {
    metadata: { ParamSize: 2, ParamBytes: 96, BitsPerParam: 4 },
    records: [0, 1].map((shard) => ({
      dataPath: `params_shard_${shard}.bin`,
      format: 'raw-shard',
      nbytes: 48,
      records: [{ name: `w${shard}`, shape: [12], dtype: 'float32', format: 'raw', nbytes: 48, byteOffset: 0 }],
      md5sum: createHash('md5').update(fakeShard()).digest('hex'),
    })),
  };
  await writeFile(
    join(root, 'mlc-chat-config.json'),
    JSON.stringify({ model_type: 'qwen2', context_window_size: 4096 }),
  );
  await writeFile(join(root, 'tokenizer.json'), JSON.stringify({ version: '1.0' }));
  await writeFile(join(root, 'tensor-cache.json'), JSON.stringify(tensorCache));
  for (const shard of [0, 1]) await writeFile(join(root, `params_shard_${shard}.bin`), fakeShard());
  await writeFile(join(root, 'libs', lib), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  return root;
}
