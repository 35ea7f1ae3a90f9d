import type { WxtBrowser } from 'wxt/browser';
import type { Handlers } from '../messaging/create-message-handler';
import { ProtocolFailure, type BackgroundProtocol } from '../messaging/protocol';
import { callFrame } from '../messaging/protocol-client';
import type { CaptureActions } from './capture-actions';
import { findTargetTab } from './find-target-tab';
import { createFocusedFrames } from './focused-frames';

export function createBackgroundHandlers(
  browser: WxtBrowser,
  capture?: Pick<CaptureActions, 'replaceCapturedSelection'>,
): Handlers<BackgroundProtocol> {
  const focusedFrames = createFocusedFrames(browser);
  browser.tabs.onRemoved.addListener((tabId) => void focusedFrames.forget(tabId));
  return {
    async editableFocused(_request, sender) {
      if (sender.tab?.id !== undefined) await focusedFrames.remember(sender.tab.id, sender.frameId ?? 0);
      return null;
    },
    async insertIntoPage({ text, html, mode, format }) {
      const tabId = await findTargetTab(browser);
      const frameId = await focusedFrames.frameOf(tabId);
      return callFrame(browser.tabs, tabId, frameId, { kind: 'insertIntoFrame', text, html, mode, format });
    },
    async replaceCapturedSelection({ text, html }) {
      if (!capture) throw new ProtocolFailure('unknown', 'capture actions not wired');
      return capture.replaceCapturedSelection(text, html);
    },
  };
}
