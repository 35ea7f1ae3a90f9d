import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, handleMessage, type Guards } from '../../../messaging/create-message-handler';
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

const guards: Guards<TestProtocol> = {
  senders: { echo: (sender) => sender.id === 'us', fail: () => true },
  schemas: {
    echo: v.strictObject({ kind: v.literal('echo'), text: v.string() }),
    fail: v.strictObject({ kind: v.literal('fail') }),
  },
};
const us = { id: 'us' };

describe('handleMessage', () => {
  it('wraps a result in an ok envelope', async () => {
    expect(await handleMessage<TestProtocol>(handlers, guards, { kind: 'echo', text: 'ab' } as never, us)).toEqual({
      ok: true,
      result: 'AB',
    });
  });

  it('turns a ProtocolFailure into its error code', async () => {
    expect(await handleMessage<TestProtocol>(handlers, guards, { kind: 'fail' }, us)).toEqual({
      ok: false,
      error: { code: 'noTarget', detail: undefined },
    });
  });

  it('turns any other throw into an unknown error with its message', async () => {
    const reply = await handleMessage<TestProtocol>(
      { ...handlers, echo: async () => Promise.reject(new Error('boom')) },
      guards,
      { kind: 'echo', text: '' } as never,
      us,
    );
    expect(reply).toEqual({ ok: false, error: { code: 'unknown', detail: 'boom' } });
  });

  it('refuses a sender its kind does not allow, without running the handler', async () => {
    const echo = vi.fn(handlers.echo);
    const reply = await handleMessage<TestProtocol>(
      { ...handlers, echo },
      guards,
      { kind: 'echo', text: 'x' } as never,
      {
        id: 'someone else',
      },
    );
    expect(reply).toEqual({ ok: false, error: { code: 'unknown', detail: 'echo: sender refused' } });
    expect(echo).not.toHaveBeenCalled();
  });

  it('refuses a payload that does not match its schema (wrong type, extra keys)', async () => {
    const echo = vi.fn(handlers.echo);
    for (const message of [
      { kind: 'echo', text: 1 },
      { kind: 'echo', text: 'x', html: '<img onerror=x>' },
    ]) {
      const reply = await handleMessage<TestProtocol>({ ...handlers, echo }, guards, message as never, us);
      expect(reply).toEqual({ ok: false, error: { code: 'unknown', detail: 'echo: invalid request' } });
    }
    expect(echo).not.toHaveBeenCalled();
  });
});

describe('createMessageListener', () => {
  it('ignores messages of kinds it has no handler for, so other listeners can answer', () => {
    const listener = createMessageListener<TestProtocol>(handlers, guards);
    const sendResponse = vi.fn();
    expect(listener({ kind: 'other' }, us, sendResponse)).toBe(false);
    expect(listener('not a request', us, sendResponse)).toBe(false);
    expect(listener({ kind: 'toString' }, us, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers asynchronously for its own kinds', async () => {
    const listener = createMessageListener<TestProtocol>(handlers, guards);
    const reply = await new Promise((resolve) => expect(listener({ kind: 'echo', text: 'x' }, us, resolve)).toBe(true));
    expect(reply).toEqual({ ok: true, result: 'X' });
  });
});
