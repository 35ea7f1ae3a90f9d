import { describe, expect, it } from 'vitest';
import type { WorkerEvent, WorkerRequest } from '../../../polish/worker-protocol';
import { createWorkerEngine, type WorkerPort } from '../../../polish/worker-engine';

/** An in-memory worker: `reply` plays the engine worker's side. */
function fakePort(reply: (request: WorkerRequest, send: (event: WorkerEvent) => void) => void) {
  const listeners: { message: ((event: MessageEvent<WorkerEvent>) => void)[]; error: ((event: ErrorEvent) => void)[] } =
    { message: [], error: [] };
  const sent: WorkerRequest[] = [];
  let terminated = false;
  const port: WorkerPort = {
    postMessage: (message) => {
      sent.push(message as WorkerRequest);
      queueMicrotask(() =>
        reply(message as WorkerRequest, (event) =>
          listeners.message.forEach((l) => l({ data: event } as MessageEvent<WorkerEvent>)),
        ),
      );
    },
    addEventListener: (type: 'message' | 'error', listener: never) => listeners[type].push(listener),
    terminate: () => void (terminated = true),
  };
  return {
    port,
    sent,
    fail: (message: string) => listeners.error.forEach((l) => l({ message } as ErrorEvent)),
    isTerminated: () => terminated,
  };
}

const target = { modelId: 'm', appConfig: { model_list: [] } };

describe('createWorkerEngine', () => {
  it('streams deltas, reports load progress and resolves with the results', async () => {
    const { port } = fakePort((request, send) => {
      if (request.kind === 'generate') {
        send({ id: request.id, kind: 'delta', text: '你好' });
        send({ id: request.id, kind: 'delta', text: '世界' });
        send({ id: request.id, kind: 'result', value: '你好世界' });
      } else if (request.kind === 'load') {
        send({ id: request.id, kind: 'progress', report: { fraction: 0.5, text: '1MB fetched' } });
        send({ id: request.id, kind: 'result', value: undefined });
      } else if (request.kind === 'hasModel') send({ id: request.id, kind: 'result', value: true });
    });
    const engine = createWorkerEngine(port);
    const reports: number[] = [];
    await engine.load(target, (report) => reports.push(report.fraction));
    expect(reports).toEqual([0.5]);
    const deltas: string[] = [];
    expect(await engine.generate([{ role: 'user', content: 'x' }], { onDelta: (d) => deltas.push(d) })).toBe(
      '你好世界',
    );
    expect(deltas).toEqual(['你好', '世界']);
    expect(await engine.hasModel(target)).toBe(true);
  });

  it('passes string rejections through unchanged', async () => {
    const { port } = fakePort((request, send) =>
      send({ id: request.id, kind: 'error', error: 'TypeError: Failed to fetch' }),
    );
    await expect(createWorkerEngine(port).load(target)).rejects.toBe('TypeError: Failed to fetch');
  });

  it('dispose terminates the worker and rejects pending calls as cancelled', async () => {
    const { port, isTerminated } = fakePort(() => undefined);
    const engine = createWorkerEngine(port);
    const loading = engine.load(target);
    engine.dispose();
    await expect(loading).rejects.toBe('cancelled');
    expect(isTerminated()).toBe(true);
  });

  it('a worker that fails to start rejects instead of hanging', async () => {
    const port = fakePort(() => undefined);
    const engine = createWorkerEngine(port.port);
    const loading = engine.load(target);
    port.fail('CompileError: WebAssembly.instantiate(): Refused to compile');
    await expect(loading).rejects.toContain('CompileError');
  });
});
