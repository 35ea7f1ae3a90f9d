import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCaptureActions, type CaptureStore } from '../../../editing/capture-actions';
import type { Draft } from '../../../storage/draft';

const at = { tabId: 3, frameId: 5 };
let store: CaptureStore & { drafts: Draft[]; last: string | null };

beforeEach(() => {
  fakeBrowser.reset();
  const drafts: Draft[] = [];
  store = {
    drafts,
    last: null,
    createDraft: async (input) => {
      const draft = { ...input, id: `d${drafts.length + 1}` } as Draft;
      drafts.push(draft);
      return draft;
    },
    getDraft: async (id) => drafts.find((draft) => draft.id === id),
    lastDraftId: async () => store.last,
    setLastDraftId: async (id) => void (store.last = id),
  };
});

const frameReplies = (reply: unknown) =>
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, result: reply } as never);

describe('capture actions', () => {
  it('存为草稿 asks the clicked frame for its selection and creates a draft of kind 其他', async () => {
    const sendMessage = frameReplies({ text: '通知标题\n正文一段' });
    const draft = await createCaptureActions(fakeBrowser, store).saveAsDraft(at);
    expect(sendMessage).toHaveBeenCalledWith(3, { kind: 'readSelection' }, { frameId: 5 });
    expect(draft).toMatchObject({ title: '通知标题', body: '通知标题\n正文一段', kind: '其他' });
    expect(store.last).toBe(draft.id);
  });

  it('插入草稿到此处 sends the current draft as text and HTML to the clicked frame', async () => {
    store.drafts.push({ id: 'd9', title: 't', body: '一、要求', kind: '其他' } as Draft);
    store.last = 'd9';
    const sendMessage = frameReplies({ inserted: 5, strategy: 'execCommand' });
    await createCaptureActions(fakeBrowser, store).insertCurrentDraft(at);
    expect(sendMessage).toHaveBeenCalledWith(
      3,
      expect.objectContaining({ kind: 'insertIntoFrame', text: '一、要求', mode: 'replaceSelection' }),
      { frameId: 5 },
    );
  });

  it('says no draft is open instead of inserting nothing silently', async () => {
    await expect(createCaptureActions(fakeBrowser, store).insertCurrentDraft(at)).rejects.toMatchObject({
      code: 'noDraft',
    });
  });

  it('润色所选 keeps the selection so the polished text can replace it in the same frame', async () => {
    frameReplies({ text: '原文' });
    const actions = createCaptureActions(fakeBrowser, store);
    await actions.polishSelection(at);
    const sendMessage = frameReplies({ inserted: 2, strategy: 'execCommand' });
    await actions.replaceCapturedSelection('改后', '<p>改后</p>');
    expect(sendMessage).toHaveBeenLastCalledWith(
      3,
      { kind: 'insertIntoFrame', text: '改后', html: '<p>改后</p>', mode: 'replaceSelection' },
      { frameId: 5 },
    );
  });
});
