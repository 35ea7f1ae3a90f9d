import type { WxtBrowser } from 'wxt/browser';
import { createFocusedFrames, insertTargetOf } from './focused-frames';
import { findTargetTab } from './find-target-tab';
import type { Guards, Handlers } from '../messaging/create-message-handler';
import type { CaptureActions } from './capture-actions';
import { ProtocolFailure, type BackgroundProtocol } from '../messaging/protocol';
import { backgroundRequestSchemas } from '../messaging/protocol-schemas';
import { callFrame } from '../messaging/protocol-client';
import { createSenderRules } from '../messaging/sender-policy';

/** Content scripts may only report a field the user chose; everything else is for the extension's pages. */
export function backgroundGuards(browser: WxtBrowser): Guards<BackgroundProtocol> {
  const rules = createSenderRules(browser.runtime.id, browser.runtime.getURL('/'));
  return {
    senders: {
      editableFocused: rules.contentScript,
      insertIntoPage: rules.extensionPage,
      describeTarget: rules.extensionPage,
      replaceCapturedSelection: rules.extensionPage,
    },
    schemas: backgroundRequestSchemas,
  };
}

export function createBackgroundHandlers(
  browser: WxtBrowser,
  capture?: Pick<CaptureActions, 'replaceCapturedSelection'>,
): Handlers<BackgroundProtocol> {
  const focusedFrames = createFocusedFrames();
  browser.tabs.onRemoved.addListener((tabId) => void focusedFrames.forget(tabId));
  return {
    async editableFocused({ gestureAt, topOrigin, target }, sender) {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId ?? 0;
      const frameOrigin = sender.origin ?? (sender.url ? new URL(sender.url).origin : 'null');
      if (tabId === undefined) return null;
      // The top frame's origin is the browser's word; a child frame's is what it reads in ancestorOrigins.
      const top = frameId === 0 ? frameOrigin : topOrigin;
      await focusedFrames.remember(tabId, { frameId, gestureAt, frameOrigin, topOrigin: top, target });
      return null;
    },
    async describeTarget() {
      const frame = await focusedFrames.get(await findTargetTab(browser));
      return frame ? insertTargetOf(frame) : null;
    },
    async insertIntoPage({ text, html, mode, format, allowOrigin }) {
      const tabId = await findTargetTab(browser);
      const frame = await focusedFrames.get(tabId);
      // A frame from another site gets the draft only when the user agreed to that very site.
      if (frame && insertTargetOf(frame).crossOrigin && allowOrigin !== frame.frameOrigin) {
        throw new ProtocolFailure('crossOrigin', insertTargetOf(frame).frameSite);
      }
      const frameId = frame?.frameId ?? 0;
      return callFrame(browser.tabs, tabId, frameId, { kind: 'insertIntoFrame', text, html, mode, format });
    },
    async replaceCapturedSelection({ text, html }) {
      if (!capture) throw new ProtocolFailure('unknown', 'capture actions not wired');
      return capture.replaceCapturedSelection(text, html);
    },
  };
}
