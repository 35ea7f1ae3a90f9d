import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

/** The item migrates when its module loads, as it does when a panel opens. */
const load = async () => (await import('../../../polish/polish-settings')).polishSettingsItem;

describe('polish settings item', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await (await load()).getValue()).toEqual({
      source: { kind: 'default' },
      modelKey: null,
      preset: 'formal',
      instruction: '',
    });
  });

  it('completes an unversioned object stored by an older version with the defaults, once', async () => {
    const mirror = { kind: 'mirror', baseUrl: 'http://mirror.oa.local/models/' };
    await fakeBrowser.storage.local.set({ polishSettings: { source: mirror, preset: 'condense' } });
    const item = await load();
    expect(await item.getValue()).toEqual({ source: mirror, modelKey: null, preset: 'condense', instruction: '' });
    expect(await fakeBrowser.storage.local.get(['polishSettings', 'polishSettings$'])).toEqual({
      polishSettings: { source: mirror, modelKey: null, preset: 'condense', instruction: '' },
      polishSettings$: { v: 2 },
    });
  });

  it('stores what is set, under the same key, with its version', async () => {
    const item = await load();
    const settings = {
      source: { kind: 'default' as const },
      modelKey: 'qwen-1.5b',
      preset: 'formal' as const,
      instruction: '用语庄重',
    };
    await item.setValue(settings);
    expect(await fakeBrowser.storage.local.get(['polishSettings', 'polishSettings$'])).toEqual({
      polishSettings: settings,
      polishSettings$: { v: 2 },
    });
    expect(await (await load()).getValue()).toEqual(settings);
  });
});
