import { insertIntoFocused } from '../editing/insert-into-focused';
import { createFocusTracker } from '../editing/focus-tracker';
import { createMessageListener } from '../messaging/create-message-handler';
import type { ContentProtocol } from '../messaging/protocol';
import { callBackground } from '../messaging/protocol-client';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  main() {
    const tracker = createFocusTracker(document, () => {
      callBackground({ kind: 'editableFocused' }).catch(() => undefined);
    });
    browser.runtime.onMessage.addListener(
      createMessageListener<ContentProtocol>({
        insertIntoFrame: async (payload) => insertIntoFocused(tracker, payload),
      }),
    );
  },
});
