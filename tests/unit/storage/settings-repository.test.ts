import { afterEach, describe, expect, it } from 'vitest';
import { createSettingsRepository } from '../../../storage/settings-repository';
import { WenshuDatabase } from '../../../storage/wenshu-database';

const db = new WenshuDatabase(`settings-${Math.random()}`);
afterEach(async () => {
  await db.settings.clear();
});

describe('settings repository', () => {
  it('returns defaults until a value is set', async () => {
    const settings = createSettingsRepository(db);
    expect(await settings.get('locale')).toBeNull();
    await settings.set('locale', 'zh_TW');
    expect(await settings.get('locale')).toBe('zh_TW');
  });

  it('updates a value from the stored one, starting from the default', async () => {
    const settings = createSettingsRepository(db);
    await settings.update('insertParts', (parts) => ({ ...parts, 'a.gov.cn|line': 'title' }));
    // Two changes started together, as two panels would: neither is lost.
    await Promise.all([
      settings.update('insertParts', (parts) => ({ ...parts, 'b.gov.cn|block': 'all' })),
      settings.update('insertParts', (parts) => ({ ...parts, 'c.gov.cn|text': 'body' })),
    ]);
    expect(await settings.get('insertParts')).toEqual({
      'a.gov.cn|line': 'title',
      'b.gov.cn|block': 'all',
      'c.gov.cn|text': 'body',
    });
  });
});
