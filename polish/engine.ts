import type { AppConfig } from '@mlc-ai/web-llm';
import type { CpuBuild } from './check-cpu';

/** One chat turn, the shape every chat model understands. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * What a model load reports; `text` is WebLLM's own line (it carries the fetched megabytes). The CPU
 * engine counts bytes itself and says so in `loadedBytes` / `totalBytes`.
 */
export interface LoadReport {
  fraction: number;
  text: string;
  loadedBytes?: number;
  totalBytes?: number;
  /** The source ignored the Range request, so the bytes kept from a cancelled download were fetched again. */
  restarted?: boolean;
}

/** Measured speed of one reply, in tokens per second, for the model view's estimate. */
export interface SpeedReport {
  promptTokensPerSecond: number;
  tokensPerSecond: number;
}

export interface GenerateOptions {
  temperature?: number;
  maxTokens?: number;
  /** Called with each new piece of text as the model writes it. */
  onDelta?: (delta: string) => void;
  /** Share of the prompt read so far (0–1): on a CPU the wait before the first word is the long part. */
  onPrompt?: (fraction: number) => void;
  onSpeed?: (speed: SpeedReport) => void;
}

/** Which WebLLM model to use and where its files live: a ModelRecord list plus the cache backend. */
export interface WebLlmTarget {
  modelId: string;
  appConfig: AppConfig;
}

/** A GGUF model for the CPU engine: its files in order (split parts), each with where to download it. */
export interface GgufTarget {
  kind: 'gguf';
  modelId: string;
  files: { name: string; url: string | null; sha256?: string }[];
  /** llama.cpp threads: 1 unless the page is cross-origin isolated (SharedArrayBuffer). */
  threads: number;
  /** The llama.cpp build the panel found this browser needs (wllama makes the same check itself). */
  build: CpuBuild;
}

export type ModelTarget = WebLlmTarget | GgufTarget;

/** What a loaded engine says about itself: the CPU engine, how many llama.cpp threads and which build run. */
export interface LoadedEngine {
  threads?: number;
  build?: CpuBuild;
}

export const isGgufTarget = (target: ModelTarget): target is GgufTarget => 'kind' in target && target.kind === 'gguf';

/**
 * Everything the UI may ask of a local model. WebLLM (GPU) and wllama (CPU) each hide behind it in their own
 * worker, so the panel never imports either and tests inject a fake. Rejections may be anything: pass them
 * through normalizeError.
 */
export interface PolishEngine {
  load(target: ModelTarget, onReport?: (report: LoadReport) => void): Promise<LoadedEngine | void>;
  /** Resolves with the whole reply; after interrupt() it resolves early with what was written so far. */
  generate(messages: ChatMessage[], options?: GenerateOptions): Promise<string>;
  interrupt(): void;
  unload(): Promise<void>;
  /**
   * Stops a download in progress and resolves once the bytes received so far are kept, for the next load
   * to resume from (the CPU engine; WebLLM keeps whole verified shards and is simply disposed).
   */
  cancelDownload?(): Promise<void>;
  hasModel(target: ModelTarget): Promise<boolean>;
  deleteModel(target: ModelTarget): Promise<void>;
  /** Stops everything at once (a cancelled download): the engine must not be used afterwards. */
  dispose(): void;
}
