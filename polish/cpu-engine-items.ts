import { storage } from 'wxt/utils/storage';
import type { EngineChoice } from './choose-engine';

/**
 * The CPU engine's settings, kept in extension storage (never in backups): which engine the user chose,
 * which GGUF model, and the speed measured for each model after a run.
 */
export const engineChoiceItem = storage.defineItem<EngineChoice>('local:polishEngine', { fallback: 'auto' });
export const cpuModelItem = storage.defineItem<string | null>('local:polishCpuModel', { fallback: null });
/** Tokens per second by model id, from the engine's own timings. */
export const cpuSpeedItem = storage.defineItem<Record<string, number>>('local:polishCpuSpeed', { fallback: {} });
