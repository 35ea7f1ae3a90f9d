/**
 * Model-driven editors (CKEditor 5, Slate, Quill) apply a paste or beforeinput to their model and
 * re-render on a later task; selection observers react to `selectionchange`, which is also async.
 * Waiting a short moment before reading back avoids both false failures and false successes.
 */
export function settle(doc: Document, ms = 40): Promise<void> {
  const view = doc.defaultView ?? window;
  return new Promise((resolve) => view.setTimeout(resolve, ms));
}
