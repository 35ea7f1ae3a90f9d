import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, handleMessage } from '../../../messaging/create-message-handler';
import { ProtocolFailure } from '../../../messaging/protocol';

interface TestProtocol {
  echo: { request: { text: string }; result: string };
  fail: { request: Record<never, never>; result: null };
}

const handlers = {
  echo: async ({ text }: { text: string }) => text.toUpperCase(),
  fail: async () => {
    throw new ProtocolFailure('noTarget');
  },
};

describe('handleMessage', () => {
  it('wraps a result in an ok envelope', async () => {
    expect(await handleMessage<TestProtocol>(handlers, { kind: 'echo', text: 'ab' }, {})).toEqual({
      ok: true,
      result: 'AB',
    });
  });

  it('turns a ProtocolFailure into its error code', async () => {
    expect(await handleMessage<TestProtocol>(handlers, { kind: 'fail' }, {})).toEqual({
      ok: false,
      error: { code: 'noTarget', detail: undefined },
    });
  });

  it('turns any other throw into an unknown error with its message', async () => {
    const reply = await handleMessage<TestProtocol>(
      { ...handlers, echo: async () => Promise.reject(new Error('boom')) },
      { kind: 'echo', text: '' },
      {},
    );
    expect(reply).toEqual({ ok: false, error: { code: 'unknown', detail: 'boom' } });
  });
});

describe('createMessageListener', () => {
  it('ignores messages of kinds it has no handler for, so other listeners can answer', () => {
    const listener = createMessageListener<TestProtocol>(handlers);
    const sendResponse = vi.fn();
    expect(listener({ kind: 'other' }, {}, sendResponse)).toBe(false);
    expect(listener('not a request', {}, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers asynchronously for its own kinds', async () => {
    const listener = createMessageListener<TestProtocol>(handlers);
    const reply = await new Promise((resolve) => expect(listener({ kind: 'echo', text: 'x' }, {}, resolve)).toBe(true));
    expect(reply).toEqual({ ok: true, result: 'X' });
  });
});
