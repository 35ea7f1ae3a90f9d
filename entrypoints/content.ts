import { describeTarget } from '../editing/describe-target';
import { insertIntoFocused } from '../editing/insert-into-focused';
import { createFocusTracker, type FocusTracker } from '../editing/focus-tracker';
import { readSelection } from '../editing/read-selection';
import { topOrigin } from '../editing/top-origin';
import { trackChildFrames } from '../editing/track-child-frames';
import { contentGuards } from '../messaging/content-guards';
import { createMessageListener } from '../messaging/create-message-handler';
import type { ContentProtocol } from '../messaging/protocol';
import { callBackground } from '../messaging/protocol-client';

// Declarative on every page and frame (about:blank/srcdoc editor iframes included): the field the user
// focuses must be remembered *before* the click in the side panel, which no on-demand injection can see.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  main() {
    // The frame's own tracker, or one this frame keeps for a child iframe that lost its own.
    let current: FocusTracker;
    const focused = (tracker: FocusTracker, gestureAt: number) => {
      const target = tracker.target();
      if (!target) return;
      current = tracker;
      const report = {
        kind: 'editableFocused',
        gestureAt,
        topOrigin: topOrigin(location),
        target: describeTarget(target),
      } as const;
      callBackground(report).catch(() => undefined);
    };
    const own: FocusTracker = createFocusTracker(document, (gestureAt) => focused(own, gestureAt));
    current = own;
    trackChildFrames(document, focused);
    browser.runtime.onMessage.addListener(
      createMessageListener<ContentProtocol>(
        {
          insertIntoFrame: (payload) => insertIntoFocused(current, payload),
          readSelection: () => {
            // The selection is in this document, or in a child editor frame tracked from here.
            // The user chose this selection in the browser's own menu (or by shortcut): its field becomes
            // the target, so 润色所选 can put the polished text back there without another click.
            const tracked = current.target()?.ownerDocument;
            if (!tracked || tracked === document) {
              const capture = readSelection(document);
              own.adoptCaptured();
              return Promise.resolve(capture);
            }
            try {
              const capture = readSelection(document);
              own.adoptCaptured();
              return Promise.resolve(capture);
            } catch {
              const capture = readSelection(tracked);
              current.adoptCaptured();
              return Promise.resolve(capture);
            }
          },
        },
        contentGuards(browser),
      ),
    );
  },
});
