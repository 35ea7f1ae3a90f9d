import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../../templates/render-document';
import { renderTemplateSource } from '../../../templates/render-template-source';
import type { Field, TemplateDefinition } from '../../../templates/template-definition';

const fields: Field[] = [
  { name: 'unit', label: '单位', type: 'text', required: true },
  { name: 'period', label: '期间', type: 'text', required: true },
  { name: 'note', label: '备注', type: 'text' },
  { name: 'date', label: '成文日期', type: 'date', required: true },
  {
    name: 'measures',
    label: '主要做法',
    type: 'group',
    required: true,
    fields: [
      { name: 'measure', label: '做法', type: 'text', required: true },
      { name: 'effect', label: '成效', type: 'text', required: true },
    ],
  },
];

const def: TemplateDefinition = {
  id: 'test-summary',
  kind: '工作总结',
  name: '测试',
  description: '测试模板',
  fields,
  body: [
    '{{unit}}{{period}}工作总结',
    '',
    '{{#each measures}}',
    '{{heading 1 @index}}{{measure}}',
    '{{effect}}',
    '{{/each}}',
    '{{#if note}}',
    '备注：{{note}}',
    '{{/if}}',
    '',
    '',
    '',
    '',
    '{{unit}}',
    '{{cnDate date}}   ',
  ].join('\r\n'),
};

describe('renderDocument', () => {
  it('renders filled values into text, title, html and a zero placeholder count', () => {
    const doc = renderDocument(def, {
      unit: '  某某市政府办公室 ',
      period: '2026年',
      note: '',
      date: '2026-11-06',
      measures: [
        { measure: '加强组织领导', effect: '全年召开会议12次。' },
        { measure: '', effect: '' },
        { measure: '完善制度机制', effect: '修订制度8项。' },
      ],
    });
    expect(doc.title).toBe('某某市政府办公室2026年工作总结');
    expect(doc.text).toBe(
      '某某市政府办公室2026年工作总结\n\n一、加强组织领导\n全年召开会议12次。\n二、完善制度机制\n修订制度8项。\n\n某某市政府办公室\n2026年11月6日',
    );
    expect(doc.placeholders).toBe(0);
    expect(doc.html.startsWith('<p style="text-align:center;')).toBe(true);
    expect(doc.html).toContain('>一、加强组织领导</p>');
  });

  it('shows placeholders for every missing required value and drops empty optional ones', () => {
    const doc = renderDocument(def, {});
    expect(doc.text).toBe(
      '【待填：单位】【待填：期间】工作总结\n\n一、【待填：做法】\n【待填：成效】\n\n【待填：单位】\n【待填：成文日期】',
    );
    expect(doc.placeholders).toBe(6);
    expect(doc.text).not.toContain('备注');
  });

  it('fills a partly filled group row with placeholders for the missing parts', () => {
    const doc = renderDocument(def, { measures: [{ measure: '加强领导', effect: ' ' }] });
    expect(doc.text).toContain('一、加强领导\n【待填：成效】');
  });

  it('ignores values of the wrong shape instead of printing them', () => {
    const doc = renderDocument(def, { unit: [{ x: '1' }], measures: 'oops' });
    expect(doc.text.startsWith('【待填：单位】')).toBe(true);
    expect(doc.text).toContain('一、【待填：做法】');
  });

  it('escapes hostile values in the HTML but keeps them verbatim in the text', () => {
    const hostile = '<script>alert(1)</script>" onerror="x" javascript:alert(1)';
    const doc = renderDocument(def, { unit: hostile, period: '2026年', date: '2026-1-2', measures: [] });
    expect(doc.text).toContain(hostile);
    expect(doc.html).not.toMatch(/<script|<\/script|" onerror/);
    expect(doc.html).toContain('&lt;script&gt;');
    expect(doc.html).toContain('&quot; onerror&#x3D;&quot;x&quot;');
    expect(doc.html.match(/<[a-z/][^>]*>/g)?.every((tag) => /^<\/?p( style="[^"<>]*")?>$/.test(tag))).toBe(true);
  });

  it('throws with the template id and position when a definition is broken', () => {
    expect(() => renderDocument({ ...def, body: '标题\n{{#if unit}}' }, {})).toThrow(/test-summary" line 2/);
  });
});

describe('renderTemplateSource', () => {
  it('returns syntax errors with line, column and excerpt', () => {
    const result = renderTemplateSource('标题\n{{unit}\n', {}, fields);
    expect(result).toMatchObject({ ok: false, error: { line: 2, column: 7, excerpt: '{{unit}' } });
  });

  it('returns an unknown helper as an error naming it, positioned', () => {
    const result = renderTemplateSource('标题\n正文{{shout unit}}', { unit: 'x' }, fields);
    expect(result).toMatchObject({ ok: false, error: { line: 2, column: 3, excerpt: '正文{{shout unit}}' } });
    if (!result.ok) expect(result.error.message).toContain('shout');
  });

  it('does not HTML-escape values in plain text', () => {
    const result = renderTemplateSource('{{unit}}', { unit: 'A&B <C>' }, fields);
    expect(result.ok && result.doc.text).toBe('A&B <C>');
  });

  it('passes placeholders through helpers unchanged', () => {
    const result = renderTemplateSource(
      '{{cnDate date}}|{{cnDateUpper date}}|{{percent date}}|{{docNumber date}}',
      {},
      fields,
    );
    expect(result.ok && result.doc.text).toBe(
      '【待填：成文日期】|【待填：成文日期】|【待填：成文日期】|【待填：成文日期】',
    );
    expect(result.ok && result.doc.placeholders).toBe(4);
  });
});
