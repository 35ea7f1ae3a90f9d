import type { WorkerEvent, WorkerRequest } from './worker-protocol';

interface WorkerScope {
  postMessage(message: WorkerEvent): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

/** This worker's side of the protocol; `self` seen as a worker scope (the extension's tsconfig is DOM). */
export const workerScope = self as unknown as WorkerScope;
export const sendEvent = (event: WorkerEvent) => workerScope.postMessage(event);

/**
 * Answers every request of an engine worker (WebLLM or wllama) with its result or its error as text;
 * `interrupt` gets no answer: the generate call it stops answers instead.
 */
export function serveWorker(handle: (request: WorkerRequest) => Promise<unknown>): void {
  const respond = async (data: WorkerRequest) => {
    try {
      const value = await handle(data);
      if (data.kind !== 'interrupt') sendEvent({ id: data.id, kind: 'result', value });
    } catch (error) {
      sendEvent({
        id: data.id,
        kind: 'error',
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  };
  workerScope.onmessage = ({ data }) => void respond(data);
}
