import { createFocusTracker, type FocusTracker, type OnFocusEditable } from './focus-tracker';

/**
 * Editor iframes written with `document.open()` (UEditor's javascript: URL frame, script-built
 * about:blank frames) lose the listeners of their own content script, and nothing the page cannot also
 * observe tells whether they did. So whenever focus moves from this document into a same-origin child
 * frame, that frame is (re)tracked from here too; when its own script is alive both report the same field.
 */
export function trackChildFrames(
  doc: Document,
  onFocusEditable: (tracker: FocusTracker, gestureAt: number) => void,
): () => void {
  const trackers = new Map<Document, FocusTracker>();
  const onBlur = () => {
    const frame = doc.activeElement;
    if (!frame || (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME')) return;
    let child: Document | null = null;
    try {
      child = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      return; // cross-origin: that frame has a content script of its own (all_frames)
    }
    if (!child) return;
    trackers.get(child)?.dispose();
    const report: OnFocusEditable = (gestureAt) => onFocusEditable(tracker, gestureAt);
    const tracker: FocusTracker = createFocusTracker(child, report);
    trackers.set(child, tracker);
    tracker.adoptActive();
  };
  // The window blurs when focus moves into a child frame; the frame element is then activeElement.
  // Checked a task later, once the child document has taken focus.
  const listener = () => setTimeout(onBlur, 0);
  doc.defaultView?.addEventListener('blur', listener);
  return () => {
    doc.defaultView?.removeEventListener('blur', listener);
    for (const tracker of trackers.values()) tracker.dispose();
  };
}
