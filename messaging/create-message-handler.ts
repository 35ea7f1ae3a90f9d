import { ProtocolFailure, type ProtocolShape, type Reply, type RequestFor, type RequestOf } from './protocol';

export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
}

/** One handler per kind; the mapped type makes a missing handler a compile error. */
export type Handlers<P extends ProtocolShape<P>> = {
  [K in keyof P & string]: (request: RequestFor<P, K>, sender: MessageSender) => Promise<P[K]['result']>;
};

export async function handleMessage<P extends ProtocolShape<P>>(
  handlers: Handlers<P>,
  request: RequestOf<P>,
  sender: MessageSender,
): Promise<Reply<unknown>> {
  const handler = handlers[request.kind] as ((r: RequestOf<P>, s: MessageSender) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: { code: 'unknown', detail: `no handler for ${String(request.kind)}` } };
  try {
    return { ok: true, result: await handler(request, sender) };
  } catch (error) {
    if (error instanceof ProtocolFailure) return { ok: false, error: { code: error.code, detail: error.detail } };
    return { ok: false, error: { code: 'unknown', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** Adapts handlers to `runtime.onMessage`, which needs `true` returned to reply asynchronously. */
export function createMessageListener<P extends ProtocolShape<P>>(handlers: Handlers<P>) {
  return (message: unknown, sender: MessageSender, sendResponse: (reply: Reply<unknown>) => void) => {
    if (!isRequestFor(handlers, message)) return false;
    void handleMessage(handlers, message, sender).then(sendResponse);
    return true;
  };
}

function isRequestFor<P extends ProtocolShape<P>>(handlers: Handlers<P>, message: unknown): message is RequestOf<P> {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { kind?: unknown }).kind === 'string' &&
    Object.hasOwn(handlers, (message as { kind: string }).kind)
  );
}
