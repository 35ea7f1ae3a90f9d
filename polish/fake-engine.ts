import type { ChatMessage, PolishEngine } from './engine';

export interface FakeEngineOptions {
  /** Rewrites the last user message; the default swaps a few colloquial words for official ones. */
  rewrite?: (text: string) => string;
  /** Pause between streamed pieces and between load steps (injected so tests need no timers). */
  wait?: (ms: number) => Promise<void>;
  delayMs?: number;
  /** Models already "downloaded". */
  cached?: string[];
  /** Makes load() reject like WebLLM without a network: with a string, not an Error. */
  failLoad?: string;
}

const plainToOfficial: [RegExp, string][] = [
  [/搞好/g, '做好'],
  [/很多/g, '大量'],
  [/马上/g, '立即'],
  [/大家/g, '各单位'],
];
export const officialRewrite = (text: string) =>
  plainToOfficial.reduce((out, [from, to]) => out.replace(from, to), text);

const lastUser = (messages: ChatMessage[]) => [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';

/** A PolishEngine with WebLLM's behaviour and none of its weight: for unit tests and E2E test builds. */
export function createFakeEngine(options: FakeEngineOptions = {}): PolishEngine & { calls: ChatMessage[][] } {
  const wait = options.wait ?? ((ms) => new Promise<void>((done) => setTimeout(done, ms)));
  const delay = options.delayMs ?? 0;
  const rewrite = options.rewrite ?? officialRewrite;
  const cached = new Set(options.cached ?? []);
  const calls: ChatMessage[][] = [];
  let interrupted = false;
  let disposed = false;

  return {
    calls,
    async load(target, onReport) {
      const steps = 5;
      for (let step = 1; step <= steps; step++) {
        if (disposed) throw 'cancelled';
        if (options.failLoad) throw options.failLoad;
        await wait(delay * 4);
        const fetched = step * 200;
        onReport?.({
          fraction: step / steps,
          text: `Fetching param cache[${step}/${steps}]: ${fetched}MB fetched. ${step * 20}% completed, ${step} secs elapsed.`,
        });
      }
      cached.add(target.modelId);
    },
    async generate(messages, { onDelta } = {}) {
      calls.push(messages);
      interrupted = false;
      const reply = rewrite(lastUser(messages));
      let text = '';
      // Two characters at a time, like a tokenizer's pieces of Chinese.
      for (let index = 0; index < reply.length && !interrupted; index += 2) {
        await wait(delay);
        if (interrupted) break;
        const piece = reply.slice(index, index + 2);
        text += piece;
        onDelta?.(piece);
      }
      return text;
    },
    interrupt: () => void (interrupted = true),
    unload: () => Promise.resolve(),
    hasModel: (target) => Promise.resolve(cached.has(target.modelId)),
    deleteModel: (target) => Promise.resolve(void cached.delete(target.modelId)),
    dispose: () => void (disposed = true),
  };
}
