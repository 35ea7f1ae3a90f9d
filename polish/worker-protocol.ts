import type { ChatMessage, LoadReport, ModelTarget, SpeedReport } from './engine';

/**
 * Messages between the panel and the engine worker. Internal to polish/: the worker belongs to the
 * panel page, so this never crosses extension contexts like messaging/protocol.ts does.
 */
export type WorkerRequest =
  | { id: number; kind: 'load'; target: ModelTarget }
  | { id: number; kind: 'generate'; messages: ChatMessage[]; temperature?: number; maxTokens?: number }
  | { id: number; kind: 'interrupt' }
  | { id: number; kind: 'cancelDownload' }
  | { id: number; kind: 'unload' }
  | { id: number; kind: 'hasModel'; target: ModelTarget }
  | { id: number; kind: 'deleteModel'; target: ModelTarget };

export type WorkerEvent =
  | { id: number; kind: 'progress'; report: LoadReport }
  | { id: number; kind: 'delta'; text: string }
  | { id: number; kind: 'prompt'; fraction: number }
  | { id: number; kind: 'speed'; speed: SpeedReport }
  | { id: number; kind: 'result'; value: unknown }
  /** WebLLM often rejects with a string; it is sent as text and normalised in the panel. */
  | { id: number; kind: 'error'; error: string };

/** Requests without the id the client assigns. */
export type WorkerCall = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
