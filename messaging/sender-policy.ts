/** Who sent a runtime message, as the browser (not the sender) reports it. */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Which senders may send one kind of message. */
export type SenderRule = (sender: MessageSender) => boolean;

/**
 * The trust boundary between pages and the extension. A content script runs beside a page that may be
 * hostile (or whose renderer may be compromised), so it may only report what happens in its own frame;
 * everything that writes into a page or reads stored data comes from the extension's own pages, whose URL
 * the browser vouches for. `extensionId` / `extensionOrigin` come from `runtime` (injected for tests).
 */
export function createSenderRules(extensionId: string, extensionOrigin: string) {
  const own = (sender: MessageSender) => sender.id === extensionId;
  const fromExtensionUrl = (sender: MessageSender) =>
    sender.url !== undefined && new URL(sender.url).origin === new URL(extensionOrigin).origin;
  return {
    /** A content script in a tab: has a tab and frame, and a page URL rather than an extension one. */
    contentScript: (sender: MessageSender) =>
      own(sender) && sender.tab?.id !== undefined && typeof sender.frameId === 'number' && !fromExtensionUrl(sender),
    /** The panel (side panel, or its popup window, which is a tab) and the service worker. */
    extensionPage: (sender: MessageSender) => own(sender) && fromExtensionUrl(sender),
    /** As seen by a content script: only the service worker reaches it (content scripts cannot). */
    serviceWorker: (sender: MessageSender) =>
      own(sender) && sender.tab === undefined && (sender.url === undefined || fromExtensionUrl(sender)),
  } satisfies Record<string, SenderRule>;
}
