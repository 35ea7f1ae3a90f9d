import { describe, expect, it } from 'vitest';
import { draftsRepository } from '../../../storage/default-database';
import { DraftConflictError } from '../../../storage/draft-errors';
import type { Draft } from '../../../storage/draft';
import { useDraftEditing } from '../../../storage/use-draft-editing';
import { renderHook } from '../components/render-hook';

const draft: Draft = {
  id: 'typing',
  title: '通知',
  body: '各科室：',
  kind: '通知',
  tags: ['办公室'],
  status: '草稿',
  pinned: false,
  createdAt: 1,
  updatedAt: 1,
  revision: 1,
};

/**
 * The body's text reaches the editor when typing pauses (and each key in the title re-renders it); the
 * fields and insert options beside it are memoized and stay as they are only if what they are handed
 * does not change with it (a profile of typing in a 20,000-character draft: their selects were rewritten
 * on every key).
 */
describe('useDraftEditing across keystrokes', () => {
  it('keeps `edit` the same function and the metadata the same values across body edits', async () => {
    const hook = await renderHook(useDraftEditing, draft);
    const { edit, values } = hook.result.current;
    await hook.act(() => edit({ body: '各科室：现将' }));
    await hook.act(() => hook.result.current.edit({ body: '各科室：现将有关事项' }));
    expect(hook.result.current.values.body).toBe('各科室：现将有关事项');
    expect(hook.result.current.edit).toBe(edit);
    expect(hook.result.current.values.tags).toBe(values.tags);
    await hook.unmount();
  });
});

describe('useDraftEditing when a version cannot be written', () => {
  it('leaves the autosave running and says the version was refused when another panel saved first', async () => {
    const stored = await draftsRepository.create({ title: '请示', body: '市政府：', kind: '请示' });
    const hook = await renderHook(useDraftEditing, stored);
    // Another panel saves after this one last saw the draft (this one has not heard of it yet).
    await draftsRepository.update(stored.id, { body: '市政府：另一窗口' });
    let outcome: unknown;
    await hook.act(async () => {
      outcome = await hook.result.current.saveRevision('save').catch((error: unknown) => error);
    });
    // Nothing of this panel's was unsaved: the other text is adopted when it arrives, no 保留两份 to offer.
    expect(outcome).toBeInstanceOf(DraftConflictError);
    expect(hook.result.current.saveState).toEqual({ state: 'saved' });
    expect((await draftsRepository.get(stored.id))?.body).toBe('市政府：另一窗口'); // the other panel's text kept
    await hook.rerender((await draftsRepository.get(stored.id))!); // as the panel's live query delivers it
    expect(hook.result.current.values.body).toBe('市政府：另一窗口');
    await hook.act(() => hook.result.current.edit({ body: '市政府：另一窗口。' }));
    await hook.act(async () => void (await hook.result.current.flush()));
    expect((await draftsRepository.get(stored.id))?.body).toBe('市政府：另一窗口。'); // and saving goes on
    await hook.unmount();
  });

  it('shows a draft deleted for good meanwhile as missing', async () => {
    const stored = await draftsRepository.create({ title: '报告', body: '正文', kind: '情况汇报' });
    const hook = await renderHook(useDraftEditing, stored);
    await draftsRepository.remove(stored.id);
    await draftsRepository.emptyTrash();
    let restored: unknown = 'not settled';
    await hook.act(async () => {
      restored = await hook.result.current.saveRevision('proofread', { body: '正文。' });
    });
    expect(restored).toBeNull();
    expect(hook.result.current.saveState).toEqual({ state: 'conflict', reason: 'missing' });
    await hook.unmount();
  });
});
