import { describe, expect, it } from 'vitest';
import { readStartup } from '../../../storage/read-startup';
import { useTestDatabase } from './test-database';

const { state, drafts } = useTestDatabase();

describe('readStartup', () => {
  it('hands the list its newest rows outside the trash, pinned first, when no draft is to be reopened', async () => {
    const repo = drafts();
    for (let i = 0; i < 4; i++) {
      state.now += 1_000;
      await repo.create({ title: `第${i}份`, body: '正文', kind: '通知' });
    }
    await state.db.drafts.update('d1', { pinned: true }); // the oldest, pinned (a raw write keeps its time)
    await repo.remove('d3'); // to the trash
    await state.db.settings.put({ key: 'locale', value: 'en' });
    const startup = await readStartup(state.db);
    expect(startup.locale).toBe('en');
    expect(startup.lastDraftId).toBeNull();
    expect(startup.newestDrafts?.map((draft) => draft.id)).toEqual(['d1', 'd4', 'd2']);
  });

  it('reads no list rows for a panel that reopens its last draft, and the list for one whose draft is gone', async () => {
    const repo = drafts();
    await repo.create({ title: '甲', body: '正文', kind: '通知' });
    await state.db.settings.put({ key: 'lastDraftId', value: 'd1' });
    expect(await readStartup(state.db)).toEqual({ locale: null, lastDraftId: 'd1', newestDrafts: null });
    await state.db.settings.put({ key: 'lastDraftId', value: 'gone' });
    const startup = await readStartup(state.db);
    expect(startup.lastDraftId).toBeNull();
    expect(startup.newestDrafts?.map((draft) => draft.id)).toEqual(['d1']);
  });
});
