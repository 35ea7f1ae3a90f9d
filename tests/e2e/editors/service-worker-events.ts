import type { Worker } from 'playwright-core';

/**
 * Headless Chromium cannot open a context menu or press an extension shortcut. Chrome's extension
 * events have `dispatch`, which calls the listeners the service worker registered — the same
 * code a real menu click or shortcut runs, minus the browser UI.
 */
export function clickMenuItem(worker: Worker, menuItemId: string): Promise<void> {
  return worker.evaluate(async (id) => {
    // A context menu is clicked on a page: the active tab of the last-focused normal window (a panel
    // popup window may be focused instead). Without the `tabs` permission URLs are hidden.
    const window = await chrome.windows.getLastFocused({ populate: true, windowTypes: ['normal'] });
    const tab = window.tabs!.find((candidate) => candidate.active)!;
    const event = chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab: object): void };
    event.dispatch({ menuItemId: id, frameId: 0, editable: false, pageUrl: '' }, tab);
  }, menuItemId);
}

export function pressCommand(worker: Worker, command: string): Promise<void> {
  return worker.evaluate((name) => {
    (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch(name);
  }, command);
}
