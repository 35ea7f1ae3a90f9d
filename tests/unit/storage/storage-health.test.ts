import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { normalizeStorageError } from '../../../storage/storage-error';
import { checkStorageHealth } from '../../../storage/storage-health';

const storage = (overrides: Partial<Record<'persist' | 'persisted' | 'estimate', () => Promise<unknown>>>) => ({
  storage: {
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => true),
    estimate: vi.fn(async () => ({ usage: 1_000, quota: 50_000 })),
    ...overrides,
  } as unknown as StorageManager,
});

describe('storage health', () => {
  it('asks for persistence when not yet persisted and reports usage and quota', async () => {
    const nav = storage({});
    expect(await checkStorageHealth(nav)).toEqual({ persisted: true, usage: 1_000, quota: 50_000 });
    expect(nav.storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when already persisted', async () => {
    const nav = storage({ persisted: async () => true });
    expect((await checkStorageHealth(nav)).persisted).toBe(true);
    expect(nav.storage.persist).not.toHaveBeenCalled();
  });

  it('reports unknown instead of throwing when the API is missing or fails', async () => {
    expect(await checkStorageHealth({})).toEqual({ persisted: false, usage: null, quota: null });
    const failing = storage({
      persist: async () => Promise.reject(new Error('x')),
      estimate: async () => Promise.reject(new Error('y')),
    });
    expect(await checkStorageHealth(failing)).toEqual({ persisted: false, usage: null, quota: null });
  });
});

describe('normalizeStorageError', () => {
  it('finds a quota error wrapped by Dexie', () => {
    const abort = new Dexie.AbortError('transaction aborted', new DOMException('full', 'QuotaExceededError'));
    expect(normalizeStorageError(abort)).toBe('quota');
    expect(normalizeStorageError(new Dexie.QuotaExceededError('full'))).toBe('quota');
    expect(normalizeStorageError(new Error('write failed', { cause: { name: 'QuotaExceededError' } }))).toBe('quota');
  });

  it('maps a closed or blocked database to closed', () => {
    expect(normalizeStorageError(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(normalizeStorageError(new DOMException('closing', 'InvalidStateError'))).toBe('closed');
  });

  it('maps anything else to unknown', () => {
    expect(normalizeStorageError(new Error('boom'))).toBe('unknown');
    expect(normalizeStorageError('string')).toBe('unknown');
    expect(normalizeStorageError(null)).toBe('unknown');
  });
});
