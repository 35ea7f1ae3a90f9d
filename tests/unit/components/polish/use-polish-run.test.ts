// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { usePolishRun } from '../../../../components/polish/use-polish-run';
import type { GenerateOptions, PolishEngine } from '../../../../polish/engine';
import { presets } from '../../../../polish/presets';
import { renderHook } from '../render-hook';

/** An engine whose pieces the test sends one by one; interrupt() ends the reply with what was sent. */
function handEngine() {
  let options: GenerateOptions | undefined;
  let finish = (_text: string) => undefined as void;
  let written = '';
  const engine = {
    load: async () => undefined,
    generate: (_messages, generateOptions) => {
      options = generateOptions;
      return new Promise<string>((resolve) => (finish = resolve));
    },
    interrupt: () => finish(written),
    unload: async () => undefined,
    hasModel: async () => true,
    deleteModel: async () => undefined,
    dispose: () => undefined,
  } satisfies PolishEngine;
  const send = (piece: string) => {
    written += piece;
    options?.onDelta?.(piece);
  };
  return { engine, send, started: () => options !== undefined };
}

describe('usePolishRun', () => {
  it('after 停止 shows exactly what was painted at the click, even pieces already queued for the next paint', async () => {
    const { engine, send, started } = handEngine();
    const hook = await renderHook(usePolishRun, undefined);
    let done: Promise<void> | undefined;
    await hook.act(() => {
      done = hook.result.current.start(async () => engine, '很多工作要搞好。', presets.formal, '');
    });
    await expect.poll(started).toBe(true);
    await hook.act(() => send('大量'));
    await hook.act(() => send('工作'));
    expect(hook.result.current.results[0]).toMatchObject({ output: '大量工作', tokens: 2, state: 'writing' });

    // A piece arrives and is queued, and the click comes before React painted it.
    await hook.act(() => {
      send('要做');
      hook.result.current.stop();
    });
    await hook.act(() => done);
    expect(hook.result.current.phase).toBe('finished');
    expect(hook.result.current.results[0]).toMatchObject({ output: '大量工作', tokens: 2, state: 'stopped' });
    await hook.unmount();
  });

  it('a new run after a stop streams again from the start', async () => {
    const { engine, send } = handEngine();
    const hook = await renderHook(usePolishRun, undefined);
    let done: Promise<void> | undefined;
    await hook.act(() => {
      done = hook.result.current.start(async () => engine, '很多工作。', presets.formal, '');
    });
    await hook.act(() => send('大量'));
    await hook.act(() => hook.result.current.stop());
    await hook.act(() => done);
    await hook.act(() => {
      done = hook.result.current.start(async () => engine, '很多工作。', presets.formal, '');
    });
    await hook.act(() => send('大量'));
    await hook.act(() => send('工作'));
    expect(hook.result.current.results[0]).toMatchObject({ output: '大量工作', tokens: 2, state: 'writing' });
    await hook.unmount();
  });
});
