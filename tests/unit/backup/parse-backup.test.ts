import { describe, expect, it } from 'vitest';
import { backupLimits } from '../../../backup/backup-format';
import type { ProblemPlace } from '../../../domain/file-problem';
import { parseBackup } from '../../../backup/parse-backup';
import { validBackup } from './backup-fixture';

/** A compact form of a place, for assertions: `drafts[0].title`, `settings[1].value.work-summary`. */
const at = ({ list, index, field, item }: ProblemPlace) =>
  [list === undefined ? '$' : `${list}[${index}]`, field, item].filter((part) => part !== undefined).join('.');
const codes = (text: string) => {
  const result = parseBackup(text);
  return result.ok ? [] : result.errors.map((e) => `${e.code} ${at(e.place)}`);
};
const mutate = (change: (data: any) => void) => {
  const data = validBackup();
  change(data);
  return JSON.stringify(data);
};

describe('parseBackup', () => {
  it('accepts a valid file and returns typed data equal to the input', () => {
    const result = parseBackup(JSON.stringify(validBackup()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup).toEqual(validBackup());
    expect(result.warnings).toEqual([]);
  });

  it('rejects text that is not JSON, including a truncated file', () => {
    const text = JSON.stringify(validBackup());
    expect(codes(text.slice(0, text.length / 2))).toEqual(['notJson $']);
    expect(codes('')).toEqual(['notJson $']);
    expect(codes('{"format": wenshu}')).toEqual(['notJson $']);
  });

  it('rejects another format and unsupported versions', () => {
    expect(codes('[1,2]')).toEqual(['wrongFormat $']);
    expect(codes(mutate((d) => (d.format = 'other')))).toEqual(['wrongFormat $']);
    expect(codes(mutate((d) => (d.version = 2)))).toEqual(['unsupportedVersion $']);
    expect(codes(mutate((d) => (d.version = '1')))).toEqual(['unsupportedVersion $']);
  });

  it('reports every wrong type with its path', () => {
    const text = mutate((d) => {
      d.drafts[0].title = 42;
      d.drafts[1].status = '已删除';
      d.drafts[1].tags = '年度';
      d.revisions[0].source = 'magic';
      d.userTemplates[0].fields[0].type = 'html';
      d.settings[0].value = 'fr';
    });
    expect(codes(text)).toEqual([
      'invalidField drafts[0].title',
      'invalidField drafts[1].tags',
      'invalidField drafts[1].status',
      'invalidField revisions[0].source',
      // A template field is named by its label, as the template editor shows it.
      'invalidField userTemplates[0].fields.单位',
      'invalidField settings[0].value',
    ]);
  });

  it('rejects missing fields, non-finite numbers and bad field values', () => {
    expect(codes(mutate((d) => delete d.drafts[0].body))).toEqual(['missingField drafts[0].body']);
    expect(codes(mutate((d) => (d.drafts[0].revision = 1.5)))).toEqual(['invalidField drafts[0].revision']);
    expect(codes(mutate((d) => (d.drafts[0].fieldValues.unit = 3)))).toEqual([
      'invalidField drafts[0].fieldValues.unit',
    ]);
    expect(codes(mutate((d) => (d.drafts = {})))).toEqual(['invalidField $.drafts']);
  });

  it('rejects huge strings and too many drafts', () => {
    expect(codes(mutate((d) => (d.drafts[0].body = 'x'.repeat(backupLimits.maxStringLength + 1))))).toEqual([
      'tooLarge drafts[0].body',
    ]);
    const many = `{"format":"wenshu-backup","version":1,"exportedAt":0,"revisions":[],"userTemplates":[],"settings":[],"drafts":[${'0,'.repeat(backupLimits.maxDrafts)}0]}`;
    expect(codes(many)).toEqual(['tooLarge $.drafts']);
  });

  it('rejects a file over the size limit before parsing it', () => {
    const limit = backupLimits.maxFileBytes;
    backupLimits.maxFileBytes = 100;
    try {
      expect(codes(JSON.stringify(validBackup()))).toEqual(['tooLarge $']);
    } finally {
      backupLimits.maxFileBytes = limit;
    }
  });

  it('rejects prototype-pollution keys in the structure, and does not pollute', () => {
    expect(codes('{"__proto__":{"polluted":true},"format":"wenshu-backup","version":1}')).toEqual([
      'forbiddenKey $.__proto__',
    ]);
    expect(codes(mutate((d) => (d.drafts[0].constructor = { prototype: 1 })))).toEqual([
      'forbiddenKey drafts[0].constructor',
    ]);
    const inField = JSON.stringify(validBackup()).replace('"type":"text"', '"prototype":1,"type":"text"');
    expect(codes(inField)).toEqual(['forbiddenKey userTemplates[0].fields.单位']);
    const nested = JSON.stringify(validBackup()).replace(
      '"unit":"办公室"',
      '"__proto__":{"isAdmin":true},"unit":"办公室"',
    );
    expect(codes(nested)).toEqual(['invalidField drafts[0].fieldValues.__proto__']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps form values named like Object members (an older version allowed such fields) without a prototype', () => {
    const text = JSON.stringify(validBackup()).replace(
      '"unit":"办公室"',
      '"__proto__":"甲","constructor":"乙","prototype":"丙","unit":"办公室"',
    );
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const values = result.backup.drafts[0].fieldValues!;
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(Object.keys(values)).toEqual(['__proto__', 'constructor', 'prototype', 'unit', 'items']);
    expect([values['__proto__'], values.constructor, values.prototype]).toEqual(['甲', '乙', '丙']);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('drops unknown fields with a warning and never copies them', () => {
    const result = parseBackup(
      mutate((d) => {
        d.drafts[0].color = 'red';
        d.extra = 1;
        d.settings.push({ key: 'theme', value: 'dark' });
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.drafts[0]).not.toHaveProperty('color');
    expect(result.backup).not.toHaveProperty('extra');
    expect(result.backup.settings).toEqual([{ key: 'locale', value: 'zh_TW' }]);
    expect(result.warnings.map((w) => `${w.code} ${at(w.place)}`)).toEqual([
      'unknownField drafts[0].color',
      'unknownField settings[1]',
      'unknownField $.extra',
    ]);
  });

  it('keeps remembered template values and rejects malformed ones', () => {
    const values = { 'work-summary': { unit: '某某市政府办公室', achievements: [{ practice: '做法' }] } };
    const good = parseBackup(mutate((d) => d.settings.push({ key: 'templateValues', value: values })));
    expect(good.ok && good.backup.settings).toEqual([
      { key: 'locale', value: 'zh_TW' },
      { key: 'templateValues', value: values },
    ]);
    const bad = mutate((d) => d.settings.push({ key: 'templateValues', value: { 'work-summary': { unit: 42 } } }));
    expect(codes(bad)).toEqual(['invalidField settings[1].value.work-summary']);
  });

  it('keeps the 段首空两格 choice only as a boolean', () => {
    const good = parseBackup(mutate((d) => d.settings.push({ key: 'plainTextIndent', value: false })));
    expect(good.ok && good.backup.settings).toEqual([
      { key: 'locale', value: 'zh_TW' },
      { key: 'plainTextIndent', value: false },
    ]);
    const bad = mutate((d) => d.settings.push({ key: 'plainTextIndent', value: 'yes' }));
    expect(codes(bad)).toEqual(['invalidField settings[1].value']);
  });

  it('rejects duplicate ids and revisions of drafts that are not in the file', () => {
    expect(codes(mutate((d) => (d.drafts[1].id = 'a')))).toEqual(['duplicateId drafts[1].id']);
    expect(codes(mutate((d) => (d.revisions[1].draftId = 'zzz')))).toEqual(['invalidReference revisions[1].draftId']);
  });

  it('stops collecting after a bounded number of errors', () => {
    const result = parseBackup(mutate((d) => (d.drafts = Array.from({ length: 1000 }, () => ({ id: 1 })))));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBe(backupLimits.maxErrors);
  });
});
