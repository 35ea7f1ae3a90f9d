/**
 * Model-driven editors (CKEditor 5, Slate, Quill) apply a paste or beforeinput to their model and
 * re-render on a later task; selection observers react to `selectionchange`, which is also async.
 * So an insertion is confirmed as soon as the editor's DOM shows it, and waited for only while it
 * does not yet: never a fixed delay when the editor answered at once.
 */

/** Until `done()` holds, re-checked after each change under `host`; false if `ms` pass first. */
export function settleUntil(host: Node, done: () => boolean, ms = 80): Promise<boolean> {
  if (done()) return Promise.resolve(true);
  const view = host.ownerDocument?.defaultView ?? window;
  return new Promise((resolve) => {
    const finish = (result: boolean) => {
      observer.disconnect();
      view.clearTimeout(timer);
      resolve(result);
    };
    const observer = new view.MutationObserver(() => {
      if (done()) finish(true);
    });
    observer.observe(host, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = view.setTimeout(() => finish(done()), ms);
  });
}

/** After the page's next frame (so `selectionchange` observers have run); a page that paints no frames waits 50 ms. */
export function nextFrame(doc: Document): Promise<void> {
  const view = doc.defaultView ?? window;
  return new Promise((resolve) => {
    const timer = view.setTimeout(resolve, 50);
    view.requestAnimationFrame(() => {
      view.clearTimeout(timer);
      view.setTimeout(resolve, 0);
    });
  });
}
