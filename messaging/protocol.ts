/**
 * The one message protocol of the extension. Each kind names its request payload and its result;
 * every reply travels in a `Reply` envelope so errors carry a code the UI can translate.
 */
export type InsertMode = 'caret' | 'replaceSelection' | 'replaceAll';

export interface InsertPayload {
  text: string;
  html: string;
  mode: InsertMode;
}

export interface InsertResult {
  /** Characters of plain text the field received. */
  inserted: number;
  /** How the text got in (e.g. `execCommand`, `setRangeText`). */
  strategy: string;
}

/** Handled by the background service worker. */
export interface BackgroundProtocol {
  insertIntoPage: { request: InsertPayload; result: InsertResult };
  editableFocused: { request: Record<never, never>; result: null };
}

/** Handled by the content script in each frame. */
export interface ContentProtocol {
  insertIntoFrame: { request: InsertPayload; result: InsertResult };
}

export type ErrorCode = 'noTarget' | 'noPage' | 'unreachable' | 'readonly' | 'notRegistered' | 'unknown';

export interface ProtocolError {
  code: ErrorCode;
  detail?: string;
}

export type Reply<T> = { ok: true; result: T } | { ok: false; error: ProtocolError };

/** Any interface whose every kind has a request payload and a result. */
export type ProtocolShape<P> = { [K in keyof P]: { request: object; result: unknown } };

export type RequestOf<P extends ProtocolShape<P>> = {
  [K in keyof P & string]: { kind: K } & P[K]['request'];
}[keyof P & string];

export type RequestFor<P extends ProtocolShape<P>, K extends keyof P & string> = { kind: K } & P[K]['request'];

/** Thrown by handlers to reply with a translatable error instead of a stack trace. */
export class ProtocolFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
