import type { AppConfig } from '@mlc-ai/web-llm';

/** One chat turn, the shape every chat model understands. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** What a model load reports; `text` is WebLLM's own line (it carries the fetched megabytes). */
export interface LoadReport {
  fraction: number;
  text: string;
}

export interface GenerateOptions {
  temperature?: number;
  maxTokens?: number;
  /** Called with each new piece of text as the model writes it. */
  onDelta?: (delta: string) => void;
}

/** Which model to use and where its files live: a ModelRecord list plus the cache backend. */
export interface ModelTarget {
  modelId: string;
  appConfig: AppConfig;
}

/**
 * Everything the UI may ask of a local model. WebLLM hides behind it (in a worker), so the panel never
 * imports WebLLM and tests inject a fake. Rejections may be anything: pass them through normalizeError.
 */
export interface PolishEngine {
  load(target: ModelTarget, onReport?: (report: LoadReport) => void): Promise<void>;
  /** Resolves with the whole reply; after interrupt() it resolves early with what was written so far. */
  generate(messages: ChatMessage[], options?: GenerateOptions): Promise<string>;
  interrupt(): void;
  unload(): Promise<void>;
  hasModel(target: ModelTarget): Promise<boolean>;
  deleteModel(target: ModelTarget): Promise<void>;
  /** Stops everything at once (a cancelled download): the engine must not be used afterwards. */
  dispose(): void;
}
