import type { MessageKey } from '../i18n/messages';

export type Quantization = 'q4f16_1' | 'q4f32_1';

export interface ModelBuild {
  modelId: string;
  /** The model library file name under WebLLM's v0_2_86 library folder. */
  lib: string;
  vramMB: number;
  /** Approximate download, for the progress bar and the storage check. */
  downloadMB: number;
}

export interface CatalogueModel {
  key: string;
  name: string;
  note: MessageKey;
  builds: Record<Quantization, ModelBuild>;
}

const build = (modelId: string, lib: string, vramMB: number, downloadMB: number): ModelBuild => ({
  modelId,
  lib,
  vramMB,
  downloadMB,
});

/**
 * Best first. Qwen writes the best Chinese at these sizes; below 1.5B the prose is poor (webllm.md).
 * GPU memory from WebLLM's prebuiltAppConfig (0.2.86); Qwen3 runs with thinking disabled.
 */
export const modelCatalogue: CatalogueModel[] = [
  {
    key: 'qwen2.5-7b',
    name: 'Qwen2.5-7B-Instruct',
    note: 'modelNote7b',
    builds: {
      q4f16_1: build('Qwen2.5-7B-Instruct-q4f16_1-MLC', 'Qwen2-7B-Instruct-q4f16_1_cs1k-webgpu.wasm', 5107, 4300),
      q4f32_1: build('Qwen2.5-7B-Instruct-q4f32_1-MLC', 'Qwen2-7B-Instruct-q4f32_1_cs1k-webgpu.wasm', 5900, 4700),
    },
  },
  {
    key: 'qwen3-4b',
    name: 'Qwen3-4B',
    note: 'modelNote4b',
    builds: {
      q4f16_1: build('Qwen3-4B-q4f16_1-MLC', 'Qwen3-4B-q4f16_1_cs1k-webgpu.wasm', 3432, 2300),
      q4f32_1: build('Qwen3-4B-q4f32_1-MLC', 'Qwen3-4B-q4f32_1_cs1k-webgpu.wasm', 4328, 2500),
    },
  },
  {
    key: 'qwen2.5-3b',
    name: 'Qwen2.5-3B-Instruct',
    note: 'modelNote3b',
    builds: {
      q4f16_1: build('Qwen2.5-3B-Instruct-q4f16_1-MLC', 'Qwen2.5-3B-Instruct-q4f16_1_cs1k-webgpu.wasm', 2505, 1750),
      q4f32_1: build('Qwen2.5-3B-Instruct-q4f32_1-MLC', 'Qwen2.5-3B-Instruct-q4f32_1_cs1k-webgpu.wasm', 2894, 1900),
    },
  },
  {
    key: 'qwen3-1.7b',
    name: 'Qwen3-1.7B',
    note: 'modelNote17b',
    builds: {
      q4f16_1: build('Qwen3-1.7B-q4f16_1-MLC', 'Qwen3-1.7B-q4f16_1_cs1k-webgpu.wasm', 2037, 1000),
      q4f32_1: build('Qwen3-1.7B-q4f32_1-MLC', 'Qwen3-1.7B-q4f32_1_cs1k-webgpu.wasm', 2635, 1100),
    },
  },
  {
    key: 'qwen2.5-1.5b',
    name: 'Qwen2.5-1.5B-Instruct',
    note: 'modelNote15b',
    builds: {
      q4f16_1: build('Qwen2.5-1.5B-Instruct-q4f16_1-MLC', 'Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm', 1630, 900),
      q4f32_1: build('Qwen2.5-1.5B-Instruct-q4f32_1-MLC', 'Qwen2-1.5B-Instruct-q4f32_1_cs1k-webgpu.wasm', 1889, 1000),
    },
  },
];

export const allBuilds = (): ModelBuild[] => modelCatalogue.flatMap((model) => Object.values(model.builds));
