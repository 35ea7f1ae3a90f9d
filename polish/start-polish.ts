import { buildMessages } from './build-messages';
import type { PolishEngine, SpeedReport } from './engine';
import { keepsPlaceholders } from './placeholders';
import type { Preset } from './presets';
import { splitParagraphs } from './split-paragraphs';
import { stripThink } from './strip-think';

/**
 * `kept`: not sent (blank line, indentation); `flagged`: the reply broke a placeholder or was empty,
 * so the original stays; `stopped`: the user stopped before this paragraph was finished.
 */
export type SegmentState = 'kept' | 'waiting' | 'writing' | 'done' | 'flagged' | 'stopped';

export interface SegmentResult {
  original: string;
  output: string;
  state: SegmentState;
  /** Share of this paragraph's prompt read so far, while the engine reports it (the CPU engine does). */
  prompt?: number;
  /** Pieces (tokens) of the reply shown so far: after 停止 this number no longer grows. */
  tokens: number;
}

export interface PolishRun {
  /** Resolves with every segment once all are done or stopped; rejects with the engine's error. */
  done: Promise<SegmentResult[]>;
  stop(): void;
}

/** The text to review: finished paragraphs polished, everything else exactly as it was. */
export const polishedText = (results: SegmentResult[]) =>
  results.map((result) => (result.state === 'done' ? result.output : result.original)).join('');

/** Polishes paragraph by paragraph (each fits the context window), streaming every change to onUpdate. */
export function startPolish(options: {
  engine: PolishEngine;
  text: string;
  preset: Preset;
  instruction?: string;
  onUpdate: (results: SegmentResult[]) => void;
  onSpeed?: (speed: SpeedReport) => void;
}): PolishRun {
  const { engine, preset, instruction, onUpdate, onSpeed } = options;
  let stopped = false;
  const results: SegmentResult[] = splitParagraphs(options.text).map((segment) => ({
    original: segment.text,
    output: '',
    state: segment.polish ? 'waiting' : 'kept',
    tokens: 0,
  }));
  const publish = () => onUpdate(results.map((result) => ({ ...result })));

  const run = async () => {
    for (const result of results) {
      if (result.state !== 'waiting') continue;
      if (stopped) {
        result.state = 'stopped';
        continue;
      }
      result.state = 'writing';
      publish();
      let raw = '';
      const reply = await engine.generate(buildMessages(preset, result.original, instruction), {
        temperature: preset.temperature,
        // Room for an expanded paragraph, still inside the 4096-token window.
        maxTokens: Math.min(2048, result.original.length * 3 + 64),
        // After 停止 nothing more is shown: a token already on its way is dropped, not written.
        onDelta: (delta) => {
          if (stopped) return;
          raw += delta;
          result.tokens += 1;
          result.prompt = undefined;
          result.output = stripThink(raw);
          publish();
        },
        onPrompt: (fraction) => {
          if (stopped || raw) return;
          result.prompt = fraction;
          publish();
        },
        onSpeed,
      });
      if (!stopped) raw = reply;
      result.output = stripThink(raw);
      result.prompt = undefined;
      if (stopped) result.state = 'stopped';
      else if (!result.output || !keepsPlaceholders(result.original, result.output)) result.state = 'flagged';
      else result.state = 'done';
      publish();
    }
    return results.map((result) => ({ ...result }));
  };

  return {
    done: run(),
    stop() {
      stopped = true;
      engine.interrupt();
    },
  };
}
