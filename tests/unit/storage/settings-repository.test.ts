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
});
