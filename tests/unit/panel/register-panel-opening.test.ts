import { describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { registerPanelOpening } from '../../../panel/register-panel-opening';

describe('registerPanelOpening', () => {
  it('lets the toolbar icon open the side panel where the API exists', async () => {
    const setPanelBehavior = vi.fn().mockResolvedValue(undefined);
    const browser = { sidePanel: { setPanelBehavior }, action: { onClicked: { addListener: vi.fn() } } };
    expect(await registerPanelOpening(browser as unknown as WxtBrowser)).toBe('sidePanel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(browser.action.onClicked.addListener).not.toHaveBeenCalled();
  });

  it('opens the panel page in a popup window where the browser has no side panel', async () => {
    let onClick: () => void = () => undefined;
    const create = vi.fn().mockResolvedValue({});
    const browser = {
      action: { onClicked: { addListener: (listener: () => void) => (onClick = listener) } },
      windows: { create },
      runtime: { getURL: (path: string) => `chrome-extension://id${path}` },
    };
    expect(await registerPanelOpening(browser as unknown as WxtBrowser)).toBe('popupWindow');
    onClick();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'chrome-extension://id/sidepanel.html', type: 'popup' }),
    );
  });
});
