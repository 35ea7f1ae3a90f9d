import { browser, type WxtBrowser } from 'wxt/browser';
import {
  ProtocolFailure,
  type BackgroundProtocol,
  type ContentProtocol,
  type Reply,
  type RequestFor,
} from './protocol';

function unwrap<T>(reply: Reply<T> | undefined): T {
  if (!reply) throw new ProtocolFailure('unreachable');
  if (!reply.ok) throw new ProtocolFailure(reply.error.code, reply.error.detail);
  return reply.result;
}

/** Typed call into the background; rejects with a ProtocolFailure carrying the error code. */
export async function callBackground<K extends keyof BackgroundProtocol>(
  request: RequestFor<BackgroundProtocol, K>,
): Promise<BackgroundProtocol[K]['result']> {
  return unwrap(await browser.runtime.sendMessage(request));
}

/** Typed call into one frame's content script. A frame without our script is `unreachable`. */
export async function callFrame<K extends keyof ContentProtocol>(
  tabs: WxtBrowser['tabs'],
  tabId: number,
  frameId: number,
  request: RequestFor<ContentProtocol, K>,
): Promise<ContentProtocol[K]['result']> {
  let reply: Reply<ContentProtocol[K]['result']> | undefined;
  try {
    reply = await tabs.sendMessage(tabId, request, { frameId });
  } catch (error) {
    throw new ProtocolFailure('unreachable', error instanceof Error ? error.message : String(error));
  }
  return unwrap(reply);
}
