import type { WxtBrowser } from 'wxt/browser';
import type { CaptureActions } from './capture-actions';
import { createCaptureErrorReport } from './capture-error-report';
import { ProtocolFailure } from '../messaging/protocol';
import { createFocusedFrames, insertTargetOf } from './focused-frames';
import { findTargetTab } from './find-target-tab';

export const menuItems = {
  'wenshu-polish-selection': { title: 'menuPolishSelection', contexts: ['selection'] },
  'wenshu-save-as-draft': { title: 'menuSaveAsDraft', contexts: ['selection'] },
  'wenshu-insert-draft': { title: 'menuInsertDraft', contexts: ['editable'] },
} as const;
export type MenuItemId = keyof typeof menuItems;

export interface MenuClick {
  menuItemId: string | number;
  frameId?: number;
}

/**
 * The handler behind the three context-menu entries. Exported on its own so tests drive the same code
 * the menu does (headless Chromium cannot open a context menu).
 */
export async function onMenuClick(browser: WxtBrowser, actions: CaptureActions, info: MenuClick, tabId?: number) {
  if (tabId === undefined) return;
  const at = { tabId, frameId: info.frameId ?? 0 };
  if (info.menuItemId === 'wenshu-polish-selection') {
    // Open the panel while the click still counts as a user gesture, then capture.
    const [, captured] = await Promise.allSettled([browser.sidePanel?.open?.({ tabId }), actions.polishSelection(at)]);
    if (captured.status === 'rejected') throw captured.reason;
  } else if (info.menuItemId === 'wenshu-save-as-draft') {
    await actions.saveAsDraft(at);
  } else if (info.menuItemId === 'wenshu-insert-draft') {
    await actions.insertCurrentDraft(at);
  }
}

/** Context menu entries, and the `insert-draft` keyboard shortcut (the panel opens via _execute_action). */
export function registerCaptureMenu(browser: WxtBrowser, actions: CaptureActions): void {
  const createMenu = async () => {
    await browser.contextMenus.removeAll();
    for (const [id, item] of Object.entries(menuItems)) {
      browser.contextMenus.create({ id, title: browser.i18n.getMessage(item.title), contexts: [...item.contexts] });
    }
  };
  browser.runtime.onInstalled.addListener(() => void createMenu());
  const errors = createCaptureErrorReport(browser);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onMenuClick(browser, actions, info, tab?.id).then(errors.clear, errors.report);
  });
  const focusedFrames = createFocusedFrames();
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'insert-draft') return;
    const insert = async () => {
      const tabId = await findTargetTab(browser);
      const frame = await focusedFrames.get(tabId);
      // No panel to ask in: a field in another site's frame is only written to from the panel.
      if (frame && insertTargetOf(frame).crossOrigin)
        throw new ProtocolFailure('crossOrigin', insertTargetOf(frame).frameSite);
      await actions.insertCurrentDraft({ tabId, frameId: frame?.frameId ?? 0 });
    };
    insert().then(errors.clear, errors.report);
  });
}
