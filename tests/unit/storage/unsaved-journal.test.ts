import { describe, expect, it } from 'vitest';
import { createUnsavedJournal } from '../../../storage/unsaved-journal';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('unsaved journal', () => {
  it('keeps an edit per draft until cleared', () => {
    const storage = memoryStorage();
    const journal = createUnsavedJournal(storage);
    journal.write({ draftId: 'a', baseRevision: 3, patch: { body: '未保存的正文' }, savedAt: 10 });
    expect(journal.read('a')).toEqual({ draftId: 'a', baseRevision: 3, patch: { body: '未保存的正文' }, savedAt: 10 });
    expect(journal.read('b')).toBeNull();
    journal.clear('a');
    expect(journal.read('a')).toBeNull();
  });

  it('treats a damaged entry as absent rather than throwing', () => {
    const storage = memoryStorage();
    storage.map.set('wenshu:unsaved:a', '{"draftId":');
    expect(createUnsavedJournal(storage).read('a')).toBeNull();
  });

  it('swallows a quota error on write', () => {
    const journal = createUnsavedJournal({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(() => journal.write({ draftId: 'a', baseRevision: 1, patch: {}, savedAt: 0 })).not.toThrow();
  });
});
