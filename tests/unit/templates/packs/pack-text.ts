/** One valid template of a pack file, and a pack file's text around templates (with extra top-level keys). */
export const packTemplate = {
  name: '通知（简）',
  kind: '通知',
  description: '',
  fields: [{ name: 'unit', label: '单位', type: 'text' }],
  body: '{{unit}}通知',
};

export const packText = (extra: object = {}, templates: object[] = [packTemplate]) =>
  JSON.stringify({ format: 'wenshu-templates', version: 1, templates, ...extra });
