import { describe, expect, it } from 'vitest';
import { packErrorMessage } from '../../../../components/templates/pack-error-message';
import { translate } from '../../../../i18n/translate';
import type { MessageKey } from '../../../../i18n/messages';
import { parseTemplatePack } from '../../../../templates/packs';
import { packTemplate, packText } from '../../templates/packs/pack-text';

const zh = (key: MessageKey, ...values: (string | number)[]) => translate('zh_CN', key, ...values);
const en = (key: MessageKey, ...values: (string | number)[]) => translate('en', key, ...values);
const template = packTemplate;
const pack = (templates: object[]) => packText({}, templates);
function message(text: string, t = zh): string {
  const result = parseTemplatePack(text);
  if (result.ok) throw new Error('the pack was accepted');
  return packErrorMessage(t, result.errors);
}

describe('packErrorMessage', () => {
  it('names the template and its field in words', () => {
    expect(message(pack([template, { ...template, name: '函', body: 3 }]))).toBe(
      '无法导入：模板包内容有误（第 2 个模板《函》的“正文”）。没有做任何更改。',
    );
    expect(message(pack([{ ...template, kind: undefined }]))).toBe(
      '无法导入：模板包缺少必填内容（第 1 个模板《通知（简）》的“文种”）。没有做任何更改。',
    );
    expect(message(pack([{ ...template, name: 'x'.repeat(101) }]))).toMatch(
      /^无法导入：文件或其中内容过大（第 1 个模板《x+》的“名称”）/,
    );
  });

  it('refuses a field named constructor, __proto__ or prototype with the editor’s own words', () => {
    for (const name of ['constructor', '__proto__', 'prototype']) {
      const text = pack([{ ...template, fields: [{ name, label: '单位', type: 'text' }] }]);
      expect(message(text)).toBe(
        `无法导入：模板的字段定义有误（第 1 个模板《通知（简）》的“字段”，字段 1（${name}）：constructor、__proto__、prototype 是程序保留的名称，不能用作字段名，请换一个名称）。没有做任何更改。`,
      );
      expect(message(text, en)).toContain('cannot name a field');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a forbidden key in the structure, saying where', () => {
    const text = '{"format":"wenshu-templates","version":1,"templates":[{"__proto__":{"polluted":true}}]}';
    expect(message(text)).toBe('无法导入：文件含有不允许的内容（第 1 个模板的“__proto__”）。没有做任何更改。');
    expect(
      message(JSON.stringify({ format: 'wenshu-templates', version: 1, templates: [template], constructor: 1 })),
    ).toBe('无法导入：文件含有不允许的内容（“constructor”）。没有做任何更改。');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('words whole-file problems without a path', () => {
    expect(message('')).toBe('无法导入：模板包中没有模板。没有做任何更改。');
    expect(message(pack([template]).slice(0, 60))).toBe(
      '无法导入：文件不完整，可能下载或复制时被截断。没有做任何更改。',
    );
    expect(message('{"format":"wenshu-templates","version":2}')).toBe(
      '无法导入：不支持此模板包版本，请更新文书。没有做任何更改。',
    );
    expect(message(' '.repeat(5 * 1024 * 1024 + 1))).toBe('无法导入：文件或其中内容过大（文件本身）。没有做任何更改。');
  });
});
