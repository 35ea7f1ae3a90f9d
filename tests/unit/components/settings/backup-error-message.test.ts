import { describe, expect, it } from 'vitest';
import { backupErrorMessage } from '../../../../components/settings/backup-error-message';
import { translate } from '../../../../i18n/translate';
import type { MessageKey } from '../../../../i18n/messages';

const zh = (key: MessageKey, ...values: (string | number)[]) => translate('zh_CN', key, ...values);
const en = (key: MessageKey, ...values: (string | number)[]) => translate('en', key, ...values);

describe('backupErrorMessage', () => {
  it('says what is wrong with the whole file without an internal path', () => {
    expect(backupErrorMessage(zh, { code: 'wrongFormat', path: '$.format', detail: 'not a wenshu-backup file' })).toBe(
      '这不是文书的备份文件',
    );
  });

  it('names the record in words, counting from 1, in the UI language', () => {
    const error = { code: 'invalidField' as const, path: 'drafts[2].title', detail: 'expected a string' };
    expect(backupErrorMessage(zh, error)).toBe('内容有误（第 3 份草稿）');
    expect(backupErrorMessage(en, error)).not.toMatch(/[（）]|drafts\[/);
    expect(backupErrorMessage(en, error)).toContain('draft 3');
  });
});
