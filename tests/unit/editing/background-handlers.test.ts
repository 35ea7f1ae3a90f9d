import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundGuards, createBackgroundHandlers } from '../../../editing/background-handlers';
import { handleMessage } from '../../../messaging/create-message-handler';
import type { BackgroundProtocol } from '../../../messaging/protocol';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const payload = { text: '正文', html: '<p>正文</p>', mode: 'replaceSelection' as const };
const focusReport = (gestureAt: number, topOrigin = 'http://127.0.0.1:8080') => ({
  kind: 'editableFocused' as const,
  gestureAt,
  topOrigin,
  target: { kind: 'multiLine' as const, label: '正文' },
});
const frame = (frameId: number, origin: string) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 7 },
  frameId,
  origin,
  url: `${origin}/oa`,
});

function withActiveTab(tabId: number) {
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({
    tabs: [{ id: tabId, active: true, url: 'http://127.0.0.1/oa' }],
  } as never);
}
const inserted = () =>
  vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockResolvedValue({ ok: true, result: { inserted: 2, strategy: 'execCommand' } } as never);

describe('background handlers', () => {
  it('routes an insertion to the frame where the user last chose a field', async () => {
    const handlers = createBackgroundHandlers(fakeBrowser);
    withActiveTab(7);
    const sendMessage = inserted();
    await handlers.editableFocused(focusReport(1000), frame(3, 'http://127.0.0.1:8080'));
    const result = await handlers.insertIntoPage({ kind: 'insertIntoPage', ...payload }, {});
    expect(result).toEqual({ inserted: 2, strategy: 'execCommand' });
    expect(sendMessage).toHaveBeenCalledWith(7, { kind: 'insertIntoFrame', ...payload }, { frameId: 3 });
  });

  it('keeps the frame of the latest gesture, whichever frame reports last', async () => {
    const handlers = createBackgroundHandlers(fakeBrowser);
    withActiveTab(7);
    const sendMessage = inserted();
    await handlers.editableFocused(focusReport(2000), frame(0, 'http://127.0.0.1:8080'));
    await handlers.editableFocused(focusReport(1000), frame(5, 'http://127.0.0.1:8080'));
    await handlers.insertIntoPage({ kind: 'insertIntoPage', ...payload }, {});
    expect(sendMessage).toHaveBeenCalledWith(7, expect.anything(), { frameId: 0 });
  });

  it('describes the target with the site from the browser, and flags a frame from another site', async () => {
    const handlers = createBackgroundHandlers(fakeBrowser);
    withActiveTab(7);
    await handlers.editableFocused(focusReport(1000), frame(4, 'http://localhost:8080'));
    expect(await handlers.describeTarget({ kind: 'describeTarget' }, {})).toEqual({
      kind: 'multiLine',
      label: '正文',
      site: '127.0.0.1',
      frameOrigin: 'http://localhost:8080',
      frameSite: 'localhost',
      crossOrigin: true,
    });
  });

  it("inserts into another site's frame only with the user's consent for that very origin", async () => {
    const handlers = createBackgroundHandlers(fakeBrowser);
    withActiveTab(7);
    const sendMessage = inserted();
    await handlers.editableFocused(focusReport(1000), frame(4, 'http://localhost:8080'));
    await expect(handlers.insertIntoPage({ kind: 'insertIntoPage', ...payload }, {})).rejects.toMatchObject({
      code: 'crossOrigin',
      detail: 'localhost',
    });
    await expect(
      handlers.insertIntoPage({ kind: 'insertIntoPage', ...payload, allowOrigin: 'http://evil.test' }, {}),
    ).rejects.toMatchObject({ code: 'crossOrigin' });
    expect(sendMessage).not.toHaveBeenCalled();
    await handlers.insertIntoPage({ kind: 'insertIntoPage', ...payload, allowOrigin: 'http://localhost:8080' }, {});
    expect(sendMessage).toHaveBeenCalledWith(7, expect.anything(), { frameId: 4 });
  });

  it('uses the top frame when nothing was chosen, and reports its error code', async () => {
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

describe('background guards', () => {
  const panel = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });
  const contentScript = () => frame(0, 'http://127.0.0.1:8080');
  const call = (message: object, sender: object) => {
    const handlers = createBackgroundHandlers(fakeBrowser, { replaceCapturedSelection: vi.fn() });
    return handleMessage<BackgroundProtocol>(handlers, backgroundGuards(fakeBrowser), message as never, sender);
  };

  it("refuses writing into pages and reading targets from content scripts (a hostile page's world)", async () => {
    withActiveTab(7);
    const sendMessage = inserted();
    const hostile = '<img src=x onerror="steal()">';
    for (const message of [
      { kind: 'insertIntoPage', text: 'x', html: hostile, mode: 'caret' },
      { kind: 'replaceCapturedSelection', text: 'x', html: hostile },
      { kind: 'describeTarget' },
    ]) {
      expect(await call(message, contentScript())).toMatchObject({
        ok: false,
        error: { detail: `${message.kind}: sender refused` },
      });
    }
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('refuses field reports from anything but a content script in a tab', async () => {
    for (const sender of [
      panel(),
      { ...contentScript(), id: 'another-extension' },
      { ...contentScript(), tab: undefined },
    ]) {
      expect(await call(focusReport(1), sender)).toMatchObject({
        ok: false,
        error: { detail: 'editableFocused: sender refused' },
      });
    }
  });

  it("accepts the panel's requests and content scripts' reports in the protocol's shape only", async () => {
    withActiveTab(7);
    inserted();
    expect(await call({ kind: 'insertIntoPage', ...payload }, panel())).toMatchObject({ ok: true });
    expect(await call({ kind: 'insertIntoPage', ...payload, mode: 'everywhere' }, panel())).toMatchObject({
      ok: false,
    });
    expect(await call(focusReport(1), contentScript())).toEqual({ ok: true, result: null });
    expect(
      await call({ ...focusReport(1), target: { kind: 'rich', label: 'x'.repeat(500) } }, contentScript()),
    ).toMatchObject({
      ok: false,
      error: { detail: 'editableFocused: invalid request' },
    });
  });
});
