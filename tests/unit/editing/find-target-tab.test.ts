import { describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { findTargetTab } from '../../../editing/find-target-tab';

const fakeBrowser = (tabs: { id?: number; active: boolean; url?: string }[] | undefined) => {
  const getLastFocused = vi.fn().mockResolvedValue(tabs ? { tabs } : undefined);
  return {
    browser: {
      windows: { getLastFocused },
      runtime: { getURL: (p: string) => `chrome-extension://abc${p}` },
    } as unknown as WxtBrowser,
    getLastFocused,
  };
};

describe('findTargetTab', () => {
  it('takes the active tab of the last-focused normal window', async () => {
    const { browser, getLastFocused } = fakeBrowser([
      { id: 1, active: false, url: 'http://a/' },
      { id: 2, active: true, url: 'http://10.1.2.3:8080/oa/' },
    ]);
    expect(await findTargetTab(browser)).toBe(2);
    expect(getLastFocused).toHaveBeenCalledWith({ populate: true, windowTypes: ['normal'] });
  });

  it('refuses our own panel page opened as a tab', async () => {
    const { browser } = fakeBrowser([{ id: 3, active: true, url: 'chrome-extension://abc/sidepanel.html' }]);
    await expect(findTargetTab(browser)).rejects.toMatchObject({ code: 'noPage' });
  });

  it('says there is no page when no normal window exists', async () => {
    const { browser } = fakeBrowser(undefined);
    await expect(findTargetTab(browser)).rejects.toMatchObject({ code: 'noPage' });
  });
});
