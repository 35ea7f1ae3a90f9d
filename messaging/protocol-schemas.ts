import * as v from 'valibot';
import type { BackgroundProtocol, ContentProtocol, ProtocolShape, RequestFor } from './protocol';

/** One schema per request kind; the mapped type keeps it complete and in step with protocol.ts. */
export type RequestSchemas<P extends ProtocolShape<P>> = {
  [K in keyof P & string]: v.GenericSchema<RequestFor<P, K>>;
};

// A draft is at most a few MB of text; anything larger is not ours.
const text = v.pipe(v.string(), v.maxLength(8_000_000));
const mode = v.picklist(['caret', 'replaceSelection', 'replaceAll']);
const format = v.optional(v.picklist(['auto', 'text', 'html']));
const origin = v.pipe(v.string(), v.maxLength(2048));
const insertPayload = { text, html: text, mode, format };

export const backgroundRequestSchemas: RequestSchemas<BackgroundProtocol> = {
  insertIntoPage: v.strictObject({
    kind: v.literal('insertIntoPage'),
    ...insertPayload,
    allowOrigin: v.optional(origin),
  }),
  editableFocused: v.strictObject({
    kind: v.literal('editableFocused'),
    gestureAt: v.pipe(v.number(), v.finite()),
    topOrigin: origin,
    target: v.strictObject({
      kind: v.picklist(['singleLine', 'multiLine', 'rich']),
      label: v.pipe(v.string(), v.maxLength(100)),
    }),
  }),
  describeTarget: v.strictObject({ kind: v.literal('describeTarget') }),
  replaceCapturedSelection: v.strictObject({ kind: v.literal('replaceCapturedSelection'), text, html: text }),
};

export const contentRequestSchemas: RequestSchemas<ContentProtocol> = {
  insertIntoFrame: v.strictObject({ kind: v.literal('insertIntoFrame'), ...insertPayload }),
  readSelection: v.strictObject({ kind: v.literal('readSelection') }),
};
