import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandlers } from '../../../editing/background-handlers';

beforeEach(() => fakeBrowser.reset());

const payload = { text: '正文', html: '<p>正文</p>', mode: 'replaceSelection' as const };

function withActiveTab(tabId: number) {
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({
    tabs: [{ id: tabId, active: true, url: 'http://127.0.0.1/oa' }],
  } as never);
}

describe('background handlers', () => {
  it('routes an insertion to the frame where the user last focused an editable', async () => {
    const handlers = createBackgroundHandlers(fakeBrowser);
    withActiveTab(7);
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, result: { inserted: 2, strategy: 'execCommand' } } as never);
    await handlers.editableFocused({ kind: 'editableFocused' }, { tab: { id: 7 }, frameId: 3 });
    const result = await handlers.insertIntoPage({ kind: 'insertIntoPage', ...payload }, {});
    expect(result).toEqual({ inserted: 2, strategy: 'execCommand' });
    expect(sendMessage).toHaveBeenCalledWith(7, { kind: 'insertIntoFrame', ...payload }, { frameId: 3 });
  });

  it('uses the top frame when nothing was focused, and reports its error code', async () => {
    const handlers = createBackgroundHandlers(fakeBrowser);
    withActiveTab(8);
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: false, error: { code: 'noTarget' } } as never);
    await expect(handlers.insertIntoPage({ kind: 'insertIntoPage', ...payload }, {})).rejects.toMatchObject({
      code: 'noTarget',
    });
    expect(sendMessage).toHaveBeenCalledWith(8, expect.anything(), { frameId: 0 });
  });

  it('reports an unreachable page when no content script answers', async () => {
    const handlers = createBackgroundHandlers(fakeBrowser);
    withActiveTab(9);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(handlers.insertIntoPage({ kind: 'insertIntoPage', ...payload }, {})).rejects.toMatchObject({
      code: 'unreachable',
    });
  });
});
