import { describe, expect, it } from 'vitest';
import { builtinTemplates, findBuiltinTemplate } from '../../../templates/builtin';
import { exampleValues } from '../../../templates/example-values';
import { lintTemplate } from '../../../templates/lint-template';
import { renderDocument } from '../../../templates/render-document';
import {
  documentKinds,
  type Field,
  type FieldValues,
  type TemplateDefinition,
} from '../../../templates/template-definition';

const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff5e“”‘’…—';
const halfWidthNextToCjk = new RegExp(`[${cjk}][,;:?!()]|[,;:?!()][${cjk}]`, 'u');
const cnDigits = '一二三四五六七八九十';

/** The heading number at each level a line starts with, or undefined for a paragraph. */
function headingOf(line: string): { level: number; n: number } | undefined {
  let m = new RegExp(`^([${cnDigits}]+)、`).exec(line);
  if (m) return { level: 1, n: cnValue(m[1]) };
  m = new RegExp(`^（([${cnDigits}]+)）`).exec(line);
  if (m) return { level: 2, n: cnValue(m[1]) };
  m = /^(\d+)\.(?!\d)/.exec(line);
  if (m) return { level: 3, n: Number(m[1]) };
  m = /^（(\d+)）/.exec(line);
  if (m) return { level: 4, n: Number(m[1]) };
  return undefined;
}

function cnValue(text: string): number {
  const digit = (ch: string) => cnDigits.indexOf(ch) + 1;
  if (text.length === 1) return digit(text);
  if (text.length === 2) return text[0] === '十' ? 10 + digit(text[1]) : digit(text[0]) * 10;
  return digit(text[0]) * 10 + digit(text[2]);
}

/** Each level counts 1, 2, 3… and restarts under every heading of a higher level. */
function headingSequenceErrors(text: string): string[] {
  const counters = [0, 0, 0, 0, 0];
  const errors: string[] = [];
  for (const line of text.split('\n')) {
    // 附件说明 numbers its own list (附件：1.甲 / 2.乙) and ends the body.
    if (line.startsWith('附件：')) break;
    const h = headingOf(line);
    if (!h) continue;
    if (h.n !== counters[h.level] + 1) errors.push(`expected ${counters[h.level] + 1} at level ${h.level}: ${line}`);
    counters[h.level] = h.n;
    for (let deeper = h.level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
  }
  return errors;
}

function conventionErrors(text: string): string[] {
  const errors = headingSequenceErrors(text);
  const lines = text.split('\n');
  if (/[，。：；！？、,.;:!?]$/.test(lines[0])) errors.push(`title ends with punctuation: ${lines[0]}`);
  for (const line of lines) {
    // What an omitted optional value leaves behind: empty brackets, doubled or clashing marks.
    if (/《》|（）|“”|[，、：；。][，、：；。]|^[，。：；]/.test(line)) errors.push(`broken punctuation: ${line}`);
    if (halfWidthNextToCjk.test(line)) errors.push(`half-width punctuation next to Chinese: ${line}`);
    if (/[[(（【［]\d{4}[\])）】］]/.test(line) || /〔(?!\d{4}〕)/.test(line))
      errors.push(`bad document number brackets: ${line}`);
    if (/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(line)) errors.push(`unformatted date: ${line}`);
    if (/[一二三四五六七八九十][.，]|（[一二三四五六七八九十]+）、|\([一二三四五六七八九十]+\)|^\d+、/.test(line)) {
      errors.push(`malformed heading: ${line}`);
    }
  }
  for (const date of text.match(/\d{4}年\d{1,2}月\d{1,2}日/g) ?? []) {
    if (!/^\d{4}年[1-9]\d?月[1-9]\d?日$/.test(date)) errors.push(`bad date: ${date}`);
  }
  return errors;
}

function examplesOf(field: Field): string[] {
  if (field.type !== 'group') return field.example ? [field.example] : [];
  return [...field.fields.flatMap(examplesOf), ...(field.example ?? []).flatMap((row) => Object.values(row))];
}

/**
 * Every option a template offers: each choice, each optional field left empty, each optional group
 * with no rows and with one row (templates word one item differently from several).
 */
function optionCases(def: TemplateDefinition): [string, FieldValues][] {
  const base = exampleValues(def.fields);
  const cases: [string, FieldValues][] = [];
  for (const field of def.fields) {
    if (field.type === 'choice')
      for (const option of field.options ?? [])
        cases.push([`${field.name}=${option}`, { ...base, [field.name]: option }]);
    if (field.type === 'group') {
      const rows = base[field.name] as Record<string, string>[];
      cases.push([`${field.name} with one row`, { ...base, [field.name]: rows.slice(0, 1) }]);
      if (!field.required) cases.push([`${field.name} empty`, { ...base, [field.name]: [] }]);
      for (const sub of field.fields.filter((f) => !f.required))
        cases.push([
          `${field.name}.${sub.name} empty`,
          { ...base, [field.name]: rows.map((r) => ({ ...r, [sub.name]: '' })) },
        ]);
    } else if (!field.required) cases.push([`${field.name} empty`, { ...base, [field.name]: '' }]);
  }
  const optional = def.fields
    .filter((f) => !f.required)
    .map((f): [string, FieldValues[string]] => [f.name, f.type === 'group' ? [] : '']);
  cases.push(['every optional field empty', { ...base, ...Object.fromEntries(optional) }]);
  return cases;
}

describe('the convention checks themselves', () => {
  it('catch the errors docs/gongwen.md lists', () => {
    expect(conventionErrors('标题\n一、甲\n三、乙')).toHaveLength(1);
    expect(conventionErrors('标题\n一、甲\n（一）a\n（二）b\n二、乙\n（二）c')).toHaveLength(1);
    expect(conventionErrors('标题\n一、甲\n1.a\n（一）b\n2.c')).toHaveLength(1);
    expect(conventionErrors('标题。')).toHaveLength(1);
    expect(conventionErrors('标题\n国办发[2026]12号')).toHaveLength(1);
    expect(conventionErrors('标题\n国办发（2026）12号')).toHaveLength(1);
    expect(conventionErrors('标题\n国办发〔26〕12号')).toHaveLength(1);
    expect(conventionErrors('标题\n2026年05月06日')).toHaveLength(1);
    expect(conventionErrors('标题\n2026-5-6')).toHaveLength(1);
    expect(conventionErrors('标题\n经研究,决定')).toHaveLength(1);
    expect(conventionErrors('标题\n说明(草案)')).toHaveLength(1);
    expect(conventionErrors('标题\n一.甲')).toHaveLength(1);
    expect(conventionErrors('标题\n（一）、甲')).toHaveLength(1);
    expect(conventionErrors('标题\n1、甲')).toHaveLength(1);
    expect(conventionErrors('标题\n根据《》精神，')).toHaveLength(1);
    expect(conventionErrors('标题\n经研究，，现函复如下：')).toHaveLength(1);
    expect(conventionErrors('标题\n正文。\n附件：1.甲\n2.乙')).toEqual([]);
    expect(
      conventionErrors(
        '标题\n一、甲\n（一）乙\n1.丙\n（1）丁\n（2）戊\n2.己\n二、庚\n国办发〔2026〕12号\n2026年11月26日',
      ),
    ).toEqual([]);
  });
});

describe('builtinTemplates', () => {
  it('cover every kind, with unique ids, found by id', () => {
    expect(builtinTemplates.map((t) => t.id)).toEqual([
      'work-summary',
      'briefing',
      'research-report',
      'leader-speech',
      'meeting-minutes',
      'notice',
      'notice-issue',
      'notice-forward',
      'request',
      'report',
      'opinion',
      'letter',
      'reply-letter',
      'typical-experience',
    ]);
    expect(new Set(builtinTemplates.map((t) => t.kind))).toEqual(new Set(documentKinds.filter((k) => k !== '其他')));
    expect(findBuiltinTemplate('notice')?.kind).toBe('通知');
    expect(findBuiltinTemplate('nope')).toBeUndefined();
  });

  it('titles the 工作总结 example 单位+时限+工作总结', () => {
    const def = findBuiltinTemplate('work-summary');
    if (!def) throw new Error('missing work-summary');
    expect(renderDocument(def, exampleValues(def.fields)).title).toBe('某某市政府办公室2026年工作总结');
    const names = def.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['unit', 'period', 'achievements']));
    const achievements = def.fields.find((f) => f.name === 'achievements');
    expect(achievements?.type === 'group' && achievements.fields.map((f) => f.label)).toEqual(['做法', '成效']);
  });

  describe.each(builtinTemplates.map((t) => [t.id, t] as const))('%s', (_id, def) => {
    it('describes every field with an ASCII name, a Chinese label, help and an example', () => {
      const all = def.fields.flatMap((f) => (f.type === 'group' ? [f, ...f.fields] : [f]));
      for (const field of all) {
        expect(field.name, field.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(field.label, field.name).toMatch(/\p{Script=Han}/u);
        expect(field.help, field.name).toBeTruthy();
        if (field.type === 'group') expect(field.example?.length, field.name).toBeGreaterThan(0);
        else expect(field.example, field.name).toBeTruthy();
        if (field.type === 'choice') expect(field.options, field.name).toContain(field.example);
      }
      expect(def.fields.some((f) => f.required)).toBe(true);
    });

    it('uses every field and nothing else (lint is clean)', () => {
      expect(lintTemplate(def.body, def.fields)).toEqual([]);
    });

    it('renders the examples completely and by the conventions', () => {
      const doc = renderDocument(def, exampleValues(def.fields));
      expect(doc.placeholders).toBe(0);
      expect(doc.text).not.toContain('【');
      expect(conventionErrors(doc.text)).toEqual([]);
      expect(doc.title).toBe(doc.text.split('\n')[0]);
      expect(doc.title.length).toBeGreaterThan(4);
    });

    it('renders with every field empty: placeholders, no invented or example text, same conventions', () => {
      const doc = renderDocument(def, {});
      expect(doc.placeholders).toBeGreaterThan(0);
      const required = def.fields.filter((f) => f.required);
      for (const field of required) {
        const labels = field.type === 'group' ? field.fields.map((f) => f.label) : [field.label];
        for (const label of labels) expect(doc.text, label).toContain(`【待填：${label}】`);
      }
      for (const example of def.fields.flatMap(examplesOf)) {
        if (example.length >= 2) expect(doc.text, example).not.toContain(example);
      }
      // No figure may come from nowhere; the only digits allowed are level-3 heading numbers.
      expect(doc.text.replace(/^\d+\.(?!\d)/gm, '')).not.toMatch(/\d/);
      expect(conventionErrors(doc.text)).toEqual([]);
    });

    it.each(optionCases(def))('renders by the conventions with %s', (_case, values) => {
      const doc = renderDocument(def, values);
      expect(doc.placeholders).toBe(0);
      expect(conventionErrors(doc.text)).toEqual([]);
    });

    it('derives HTML made only of styled <p> paragraphs', () => {
      const doc = renderDocument(def, exampleValues(def.fields));
      const tags = doc.html.match(/<[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(10);
      expect(tags.every((tag) => tag === '</p>' || /^<p style="[^"<>]*">$/.test(tag))).toBe(true);
      expect(doc.html.split('\n')[0]).toContain('text-align:center');
    });
  });
});
