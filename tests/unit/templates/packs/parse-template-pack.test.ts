import { describe, expect, it } from 'vitest';
import { parseTemplatePack } from '../../../../templates/packs';
import { packTemplate, packText } from './pack-text';

const template = packTemplate;
const pack = packText;
const firstCode = (text: string) => {
  const result = parseTemplatePack(text);
  return result.ok ? 'ok' : result.errors[0].code;
};

describe('parseTemplatePack', () => {
  it('reads a valid pack and ignores ids and dates of other exports', () => {
    const result = parseTemplatePack(pack({ templates: [{ ...template, id: 'x', createdAt: 1, updatedAt: 2 }] }));
    expect(result).toEqual({ ok: true, pack: { format: 'wenshu-templates', version: 1, templates: [template] } });
  });

  it.each([
    ['', 'empty'],
    ['not json', 'notJson'],
    [pack().slice(0, 60), 'truncated'],
    [JSON.stringify({ format: 'wenshu-backup', version: 1 }), 'wrongFormat'],
    ['[]', 'wrongFormat'],
    [pack({ version: 2 }), 'unsupportedVersion'],
    [pack({ templates: [] }), 'empty'],
    [pack({ templates: 'x' }), 'invalidField'],
    [pack({ templates: [{ ...template, kind: '小说' }] }), 'invalidField'],
    [pack({ templates: [{ ...template, body: 3 }] }), 'invalidField'],
    [pack({ templates: [{ ...template, name: 'x'.repeat(101) }] }), 'tooLarge'],
    [pack({ templates: [{ ...template, fields: [{ name: '单位', label: '单位', type: 'text' }] }] }), 'invalidSchema'],
    // A field name becomes a key of every draft made from the template: the backup would refuse those drafts.
    [
      pack({ templates: [{ ...template, fields: [{ name: 'constructor', label: '单位', type: 'text' }] }] }),
      'invalidSchema',
    ],
    ['{"format":"wenshu-templates","version":1,"templates":[{"__proto__":{"polluted":true}}]}', 'forbiddenKey'],
    [pack({ constructor: { prototype: {} } }), 'forbiddenKey'],
  ])('refuses %j with %s', (text, code) => {
    expect(firstCode(text)).toBe(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a pack that is too large before parsing it', () => {
    expect(firstCode(' '.repeat(5 * 1024 * 1024 + 1))).toBe('tooLarge');
  });
});
