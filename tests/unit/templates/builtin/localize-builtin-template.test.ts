import { beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplates, findBuiltinTemplate } from '../../../../templates/builtin';
import { englishLabels, englishTemplateText } from '../../../../templates/builtin/english-text';
import { localizeBuiltinTemplate } from '../../../../templates/builtin/localize-builtin-template';
import { loadScriptConverter, type ConvertText } from '../../../../templates/output';
import type { Field } from '../../../../templates/template-definition';

const allFields = (fields: Field[]): Field[] => fields.flatMap((f) => (f.type === 'group' ? [f, ...f.fields] : [f]));

describe('localizeBuiltinTemplate', () => {
  let toTw: ConvertText;
  // Importing OpenCC's dictionary (over 1 MB) is real work that grows with the machine's load (over 4 s
  // on a loaded 2-core machine, near the 5 s test time-out): done once, before the tests.
  beforeAll(async () => {
    toTw = await loadScriptConverter('tw');
  }, 60_000);

  it.each(builtinTemplates.map((def) => [def.id, def] as const))(
    'gives %s an English name, description and a label for every field, without Chinese brackets',
    (_id, def) => {
      const english = localizeBuiltinTemplate(def, 'en');
      expect(englishTemplateText[def.id]).toBeDefined();
      for (const text of [english.name, english.description, ...allFields(english.fields).map((f) => f.label)]) {
        expect(text).not.toMatch(/[（）【】：，]/);
      }
      for (const field of allFields(def.fields)) expect(englishLabels[field.label], field.label).toMatch(/^[A-Z]/);
      expect(allFields(english.fields).map((f) => f.name)).toEqual(allFields(def.fields).map((f) => f.name));
    },
  );

  it('converts names, labels and help to 繁體 but never field names, choice values or the body', () => {
    const def = findBuiltinTemplate('briefing')!;
    const tw = localizeBuiltinTemplate(def, 'zh_TW', toTw);
    expect(tw.name).toBe('情況彙報');
    expect(tw.fields[0]).toMatchObject({ name: 'subject', label: '彙報事項' });
    expect(tw.fields.find((f) => f.name === 'closing')).toMatchObject({
      options: ['特此报告。', '以上报告，请审阅。'],
    });
    expect(tw.body).toBe(def.body);
    expect(localizeBuiltinTemplate(def, 'zh_CN')).toBe(def);
  });
});
