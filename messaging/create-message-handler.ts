import * as v from 'valibot';
import { ProtocolFailure, type ProtocolShape, type Reply, type RequestFor, type RequestOf } from './protocol';
import type { RequestSchemas } from './protocol-schemas';
import type { MessageSender, SenderRule } from './sender-policy';

export type { MessageSender } from './sender-policy';

/** One handler per kind; the mapped type makes a missing handler a compile error. */
export type Handlers<P extends ProtocolShape<P>> = {
  [K in keyof P & string]: (request: RequestFor<P, K>, sender: MessageSender) => Promise<P[K]['result']>;
};

/** What every message must pass before its handler runs: its sender's rule and its payload's schema. */
export interface Guards<P extends ProtocolShape<P>> {
  senders: { [K in keyof P & string]: SenderRule };
  schemas: RequestSchemas<P>;
}

export async function handleMessage<P extends ProtocolShape<P>>(
  handlers: Handlers<P>,
  guards: Guards<P>,
  message: { kind: keyof P & string },
  sender: MessageSender,
): Promise<Reply<unknown>> {
  const kind = message.kind;
  const rule = Object.hasOwn(guards.senders, kind) ? guards.senders[kind] : undefined;
  const handler = handlers[kind] as ((r: RequestOf<P>, s: MessageSender) => Promise<unknown>) | undefined;
  if (!rule || !handler) return { ok: false, error: { code: 'unknown', detail: `no handler for ${String(kind)}` } };
  if (!rule(sender)) return { ok: false, error: { code: 'unknown', detail: `${kind}: sender refused` } };
  const parsed = v.safeParse(guards.schemas[kind], message);
  if (!parsed.success) return { ok: false, error: { code: 'unknown', detail: `${kind}: invalid request` } };
  try {
    return { ok: true, result: await handler(parsed.output, sender) };
  } catch (error) {
    if (error instanceof ProtocolFailure) return { ok: false, error: { code: error.code, detail: error.detail } };
    return { ok: false, error: { code: 'unknown', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** Adapts handlers to `runtime.onMessage`, which needs `true` returned to reply asynchronously. */
export function createMessageListener<P extends ProtocolShape<P>>(handlers: Handlers<P>, guards: Guards<P>) {
  return (message: unknown, sender: MessageSender, sendResponse: (reply: Reply<unknown>) => void) => {
    if (!isRequestFor(handlers, message)) return false;
    void handleMessage(handlers, guards, message, sender).then(sendResponse);
    return true;
  };
}

function isRequestFor<P extends ProtocolShape<P>>(
  handlers: Handlers<P>,
  message: unknown,
): message is { kind: keyof P & string } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { kind?: unknown }).kind === 'string' &&
    Object.hasOwn(handlers, (message as { kind: string }).kind)
  );
}
