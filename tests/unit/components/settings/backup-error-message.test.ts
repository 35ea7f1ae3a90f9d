import { describe, expect, it } from 'vitest';
import { backupLimits } from '../../../../backup/backup-format';
import { parseBackup } from '../../../../backup/parse-backup';
import { backupErrorMessage, droppedFieldsMessage } from '../../../../components/settings/backup-error-message';
import { translate } from '../../../../i18n/translate';
import { locales, type Locale, type MessageKey } from '../../../../i18n/messages';
import { validBackup } from '../../backup/backup-fixture';

const in_ =
  (locale: Locale) =>
  (key: MessageKey, ...values: (string | number)[]) =>
    translate(locale, key, ...values);
const zh = in_('zh_CN');

/** The messages the panel shows for a file, in one language. */
function messages(text: string, t = zh): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.errors.map((error) => backupErrorMessage(t, error));
}
const mutate = (change: (data: any) => void) => {
  const data = validBackup();
  change(data);
  return JSON.stringify(data);
};

describe('backupErrorMessage on hostile and malformed files', () => {
  it('names the record (position and title) and the field in words', () => {
    const text = mutate((d) => {
      d.drafts[1].title = 42;
      d.drafts[0].tags = '年度';
      d.revisions[1].source = 'magic';
    });
    expect(messages(text)).toEqual([
      '内容有误（第 1 份草稿《工作总结》的“标签”）',
      '内容有误（第 2 份草稿的“标题”）',
      '内容有误（第 2 个历史版本《工作总结》的“来源”）',
    ]);
  });

  it('says what is missing, too large, or not allowed, and where', () => {
    expect(messages(mutate((d) => delete d.drafts[0].body))).toEqual([
      '缺少必填内容（第 1 份草稿《工作总结》的“正文”）',
    ]);
    expect(messages(mutate((d) => (d.drafts[1].body = 'x'.repeat(backupLimits.maxStringLength + 1))))).toEqual([
      '文件或其中的内容过大（第 2 份草稿《通知》的“正文”）',
    ]);
    expect(messages(mutate((d) => (d.drafts[0].fieldValues.unit = 3)))).toEqual([
      '内容有误（第 1 份草稿《工作总结》的“填写内容”中的“unit”）',
    ]);
    expect(messages(mutate((d) => (d.userTemplates[0].fields[1].fields = 'x')))).toEqual([
      '内容有误（第 1 个模板《我的通知》的“字段”中的“事项”）',
    ]);
    expect(messages(mutate((d) => (d.exportedAt = 'yesterday')))).toEqual(['内容有误（“导出时间”）']);
    expect(messages(mutate((d) => (d.drafts[0].constructor = 1)))).toEqual([
      '含有不允许的字段（第 1 份草稿《工作总结》的“constructor”）',
    ]);
    expect(messages(mutate((d) => (d.settings[0].value = 'fr')))).toEqual([
      '内容有误（第 1 项设置《locale》的“设置值”）',
    ]);
  });

  it('says what is wrong with the whole file without any path', () => {
    expect(messages('{"format": "wenshu-backup", ')).toEqual(['文件不是有效的 JSON（可能不完整或已损坏）']);
    expect(messages('{"format":"other"}')).toEqual(['这不是文书的备份文件']);
    expect(messages(mutate((d) => (d.version = 2)))).toEqual(['备份文件的版本不受支持，请升级文书']);
    expect(messages(mutate((d) => (d.drafts[1].id = 'a')))).toEqual(['含有重复的编号（第 2 份草稿《通知》的“编号”）']);
  });

  it('words every message in each UI language, never as an internal path', () => {
    const text = mutate((d) => {
      d.drafts[0].title = 42;
      d.drafts[1].status = '已删除';
      d.userTemplates[0].fields[0].type = 'html';
      d.exportedAt = -1;
    });
    for (const locale of locales) {
      for (const message of messages(text, in_(locale))) {
        expect(message).not.toMatch(/\$|\[\d|drafts|userTemplates|exportedAt|\.title|\.status/);
      }
    }
    expect(messages(text, in_('en'))).toContain('invalid content (“status” of draft 2 “通知”)');
    expect(messages(text, in_('zh_TW'))).toContain('內容有誤（第 1 個範本《我的通知》的「欄位」中的「单位」）');
  });
});

describe('droppedFieldsMessage', () => {
  it('names, in words, what a newer version wrote and this one does not keep', () => {
    const result = parseBackup(
      mutate((d) => {
        d.drafts[0].colour = 'red';
        d.exportedBy = 'Wenshu 9';
      }),
    );
    if (!result.ok) throw new Error('a newer version’s extra fields must not refuse the file');
    const message = droppedFieldsMessage(zh, result.warnings);
    expect(message).toMatch(/^此备份来自较新的版本，以下内容本版本不认识，未导入：/);
    expect(message).toContain('第 1 份草稿');
    expect(message).toContain('colour');
    expect(message).toContain('exportedBy');
    expect(message).not.toContain('$');
    expect(droppedFieldsMessage(in_('en'), result.warnings)).toContain('newer version');
  });
});
