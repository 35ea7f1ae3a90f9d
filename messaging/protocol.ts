/**
 * The one message protocol of the extension. Each kind names its request payload and its result;
 * every reply travels in a `Reply` envelope so errors carry a code the UI can translate.
 */
export type InsertMode = 'caret' | 'replaceSelection' | 'replaceAll';

/** `auto`: plain text for inputs/textareas, HTML for rich editors. The panel lets the user override it. */
export type InsertFormat = 'auto' | 'text' | 'html';

export interface InsertPayload {
  text: string;
  html: string;
  mode: InsertMode;
  format?: InsertFormat;
}

export interface InsertResult {
  /** Characters of plain text the field received. */
  inserted: number;
  /** How the text got in (e.g. `execCommand`, `setRangeText`). */
  strategy: string;
  /** Which editor was detected (`textField`, `tinymce`, `ckeditor5`, …). */
  editor?: string;
  /** Set when the field's maxlength cut the text: the limit, so the panel can warn. */
  maxLength?: number;
}

/** What kind of field the user chose: it decides what part of a document fits (标题 or 正文). */
export type TargetKind = 'singleLine' | 'multiLine' | 'rich';

export interface TargetDescription {
  kind: TargetKind;
  /** The field's visible name on the page (its label), shortened; empty when the page gives none. */
  label: string;
}

/** A content script's report that the user chose a field in its frame. */
export interface FocusReport {
  /** When the user's pointer or key gesture that chose it happened (ms since the epoch). */
  gestureAt: number;
  /** The origin of the tab's top page as this frame sees it (`location.ancestorOrigins`). */
  topOrigin: string;
  target: TargetDescription;
}

/** Where 插入到网页 will write, for the panel to show ("将插入到：127.0.0.1 的 正文"). */
export interface InsertTarget extends TargetDescription {
  /** Host of the tab's page. */
  site: string;
  /** Origin of the frame that holds the field (from the browser, not the page). */
  frameOrigin: string;
  /** Host of that frame; differs from `site` for a frame from another site. */
  frameSite: string;
  crossOrigin: boolean;
}

/** The panel's insertion; `allowOrigin` is the other site's frame the user agreed to write into. */
export interface InsertIntoPageRequest extends InsertPayload {
  allowOrigin?: string;
}

/** What the user had selected in a frame, line breaks kept (info.selectionText flattens them). */
export interface SelectionCapture {
  text: string;
}

/** Handled by the background service worker. */
export interface BackgroundProtocol {
  insertIntoPage: { request: InsertIntoPageRequest; result: InsertResult };
  editableFocused: { request: FocusReport; result: null };
  /** For the panel: the field 插入到网页 will write into, or null when none was chosen in the active tab. */
  describeTarget: { request: Record<never, never>; result: InsertTarget | null };
  /** For the polishing view: replace the selection captured by 润色所选 with the polished text. */
  replaceCapturedSelection: { request: { text: string; html: string }; result: InsertResult };
}

/** Handled by the content script in each frame. */
export interface ContentProtocol {
  insertIntoFrame: { request: InsertPayload; result: InsertResult };
  readSelection: { request: Record<never, never>; result: SelectionCapture };
}

export type ErrorCode =
  | 'noTarget'
  | 'noPage'
  | 'unreachable'
  | 'readonly'
  | 'notRegistered'
  | 'noSelection'
  | 'noDraft'
  | 'crossOrigin'
  | 'unknown';

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
