import type { WxtBrowser } from 'wxt/browser';
import type { Guards } from './create-message-handler';
import type { ContentProtocol } from './protocol';
import { contentRequestSchemas } from './protocol-schemas';
import { createSenderRules } from './sender-policy';

/** A content script takes orders from the extension's service worker only, in the protocol's shape. */
export function contentGuards(browser: WxtBrowser): Guards<ContentProtocol> {
  const rules = createSenderRules(browser.runtime.id, browser.runtime.getURL('/'));
  return {
    senders: { insertIntoFrame: rules.serviceWorker, readSelection: rules.serviceWorker },
    schemas: contentRequestSchemas,
  };
}
