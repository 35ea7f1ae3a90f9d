import type { MessageKey } from '../i18n/messages';
import type { CpuBuild } from './check-cpu';
import type { GgufTarget } from './engine';
import { normalizeBaseUrl, type ModelSource } from './model-source';

export interface GgufModel {
  key: string;
  name: string;
  note: MessageKey;
  /** Hugging Face repository: the default source and the mirror layout BASE/<repo>/resolve/main/<file>. */
  repo: string;
  /** The file, or every part of a split model in order. */
  files: string[];
  /** Approximate download, for the progress bar and the storage check. */
  downloadMB: number;
  /** Billions of parameters: the speed estimate scales with it. */
  billions: number;
  /**
   * Hex SHA-256 per file name, as the repository's LFS pointer lists it; verified after download and on
   * import. Left out until checked against the hub: a hash copied from memory would refuse good files.
   */
  sha256?: Record<string, string>;
}

/**
 * GGUF builds for the CPU engine, recommended first. Qwen publishes these files itself (Qwen/…-GGUF);
 * Qwen3-1.7B runs with thinking turned off, like on the GPU (Qwen/Qwen3-1.7B-GGUF holds only Q8_0).
 * Sizes are the Hugging Face LFS sizes in MiB: 1,117,320,736 / 491,400,032 / 1,834,426,016 bytes.
 */
export const ggufCatalogue: GgufModel[] = [
  {
    key: 'qwen2.5-1.5b-gguf',
    name: 'Qwen2.5-1.5B-Instruct（Q4_K_M）',
    note: 'cpuNote15b',
    repo: 'Qwen/Qwen2.5-1.5B-Instruct-GGUF',
    files: ['qwen2.5-1.5b-instruct-q4_k_m.gguf'],
    downloadMB: 1066,
    billions: 1.5,
  },
  {
    key: 'qwen2.5-0.5b-gguf',
    name: 'Qwen2.5-0.5B-Instruct（Q4_K_M）',
    note: 'cpuNote05b',
    repo: 'Qwen/Qwen2.5-0.5B-Instruct-GGUF',
    files: ['qwen2.5-0.5b-instruct-q4_k_m.gguf'],
    downloadMB: 469,
    billions: 0.5,
  },
  {
    key: 'qwen3-1.7b-gguf',
    name: 'Qwen3-1.7B（Q8_0）',
    note: 'cpuNote17b',
    repo: 'Qwen/Qwen3-1.7B-GGUF',
    files: ['Qwen3-1.7B-Q8_0.gguf'],
    downloadMB: 1749,
    billions: 1.7,
  },
];

/** Where a catalogue file is downloaded from. */
export function ggufUrl(source: ModelSource, repo: string, file: string): string {
  const base = source.kind === 'mirror' ? normalizeBaseUrl(source.baseUrl) : 'https://huggingface.co';
  return `${base}/${repo}/resolve/main/${file}`;
}

/** A model the user imported that is not in the catalogue: its files, nothing to download. */
export interface OwnGgufModel {
  modelId: string;
  files: string[];
}

export function ggufTarget(
  model: GgufModel | OwnGgufModel,
  source: ModelSource,
  threads: number,
  build: CpuBuild = 'default',
): GgufTarget {
  if ('repo' in model)
    return {
      kind: 'gguf',
      modelId: model.key,
      files: model.files.map((name) => ({
        name,
        url: ggufUrl(source, model.repo, name),
        sha256: model.sha256?.[name],
      })),
      threads,
      build,
    };
  return {
    kind: 'gguf',
    modelId: model.modelId,
    files: model.files.map((name) => ({ name, url: null })),
    threads,
    build,
  };
}

/** The catalogue model an imported file belongs to, by its file name. */
export const catalogueModelForFile = (fileName: string) =>
  ggufCatalogue.find((model) => model.files.some((file) => file.toLowerCase() === fileName.toLowerCase()));
