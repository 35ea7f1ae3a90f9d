import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../../../templates/builtin';
import { exampleValues } from '../../../templates/example-values';
import { renderDocument } from '../../../templates/render-document';
import { recogniseStructure } from '../../../typeset/recognise-structure';
import type { TypesetParagraph } from '../../../typeset/typeset-paragraph';

const corpus = 'tests/corpus/gongwen/';
const sources = readFileSync(`${corpus}sources.tsv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => row.split('\t'));

const roleOf = (paragraphs: TypesetParagraph[], text: string) => paragraphs.find((p) => p.text === text)?.role;
const example = (id: string) => {
  const template = builtinTemplates.find((t) => t.id === id)!;
  return renderDocument(template, exampleValues(template.fields)).text;
};

describe('recogniseStructure on the built-in templates', () => {
  it('finds title, 主送, headings, body, 落款 and 成文日期 of the 通知', () => {
    const paragraphs = recogniseStructure(example('notice'));
    // The issuing office opens the title; the break falls after it, before the 关于 phrase ends.
    expect(paragraphs[0]).toEqual({ role: 'title', text: '某某市人民政府办公室关于\n开展2026年度安全生产检查的通知' });
    expect(paragraphs[1]).toEqual({ role: 'addressee', text: '各县（市、区）人民政府，市政府各部门：' });
    expect(paragraphs.filter((p) => p.role === 'heading1').map((p) => p.text)).toEqual([
      '一、检查范围',
      '二、时间安排',
      '三、工作要求',
    ]);
    // A 通知 that ends on its numbered items has no 特此通知: the last item's text is body.
    expect(roleOf(paragraphs, '各单位要高度重视，明确专人负责，于2027年1月10日前将检查情况报送市应急管理局。')).toBe(
      'body',
    );
    expect(paragraphs.slice(-6)).toEqual([
      { role: 'attachment', text: '附件：1.安全生产检查重点内容' },
      { role: 'attachment', text: '2.安全生产检查情况汇总表', continued: true },
      { role: 'signature', text: '某某市人民政府办公室' },
      { role: 'date', text: '2026年11月26日' },
      { role: 'note', text: '（此件公开发布）' },
      { role: 'note', text: '（联系人：王某某，联系电话：0000-7654321）' },
    ]);
  });

  it('tells stand-alone headings of each level from numbered sentences', () => {
    const summary = recogniseStructure(example('work-summary'));
    expect(roleOf(summary, '一、基本情况')).toBe('heading1');
    expect(roleOf(summary, '（一）服务决策的前瞻性还不够强，综合研判能力有待提升。')).toBe('body');
    expect(summary.find((p) => p.text.startsWith('（一）坚持高标准服务决策。'))).toMatchObject({
      role: 'body',
      lead: { level: 2, length: 13 },
    });
    const speech = recogniseStructure(example('leader-speech'));
    expect(roleOf(speech, '（一）持续深化“放管服”改革')).toBe('heading2');
    const briefing = recogniseStructure(example('briefing'));
    expect(
      roleOf(briefing, '（一）对尚未整改的134项隐患逐项建立台账，明确责任人和整改时限，年底前全部整改到位。'),
    ).toBe('body');
  });

  it('keeps a 讲话 speaker and date under the title and 同志们： flush left', () => {
    const paragraphs = recogniseStructure(example('leader-speech'));
    expect(paragraphs.slice(0, 4).map((p) => p.role)).toEqual(['title', 'subtitle', 'subtitle', 'addressee']);
    expect(paragraphs[3].text).toBe('各位代表，同志们：');
    expect(paragraphs.some((p) => p.role === 'date' || p.role === 'signature')).toBe(false);
    for (const greeting of ['同志们：', '尊敬的各位来宾！女士们、先生们：', '各位领导！同志们、朋友们：'])
      expect(recogniseStructure(`在全市工作会议上的讲话\n${greeting}\n今天召开会议。`)[1]).toEqual({
        role: 'addressee',
        text: greeting,
      });
  });

  it('puts a 请示 contact line in parentheses under the date as 附注', () => {
    const paragraphs = recogniseStructure(example('request'));
    expect(paragraphs.slice(-5).map((p) => p.role)).toEqual(['attachment', 'signature', 'date', 'note', 'note']);
    expect(paragraphs.at(-1)!.text).toBe('（联系人：王某某，联系电话：0000-7654321）');
  });

  it('reads the subtitle of a 调研报告 and a title containing a colon', () => {
    expect(
      recogniseStructure(example('research-report'))
        .slice(0, 2)
        .map((p) => p.role),
    ).toEqual(['title', 'subtitle']);
    const experience = recogniseStructure(example('typical-experience'));
    expect(experience.slice(0, 3).map((p) => p.role)).toEqual(['title', 'subtitle', 'body']);
    expect(experience[1].text).toBe('——某某县推进基层治理现代化的经验做法');
    const colon = recogniseStructure(
      '某某县：“三个聚焦”推动基层治理提质增效\n近年来，某某县针对基层治理中力量分散、响应不快等问题，坚持党建引领。',
    );
    expect(colon.map((p) => p.role)).toEqual(['title', 'body']);
  });

  it.each(builtinTemplates.map((t) => [t.id]))('gives %s the same structure with full-width indents', (id) => {
    const text = example(id);
    const indented = text
      .split('\n')
      .map((line, i) => (i > 0 && line ? `\u3000\u3000${line}` : line))
      .join('\n');
    expect(recogniseStructure(indented)).toEqual(recogniseStructure(text));
  });
});

describe('recogniseStructure on run-in headings and attachments', () => {
  it('marks the first short sentence of a numbered paragraph as a run-in heading', () => {
    const [, paragraph] = recogniseStructure('标题\n（一）高度重视，完善制度。我局……');
    expect(paragraph).toEqual({
      role: 'body',
      text: '（一）高度重视，完善制度。我局……',
      lead: { level: 2, length: 13 },
    });
    expect(recogniseStructure('标题\n（二）指导思想。以……为指导。')[1]).toEqual({
      role: 'body',
      text: '（二）指导思想。以……为指导。',
      lead: { level: 2, length: 8 },
    });
  });

  it('aligns numbered attachment names under the first one', () => {
    const paragraphs = recogniseStructure(
      '关于印发两个办法的通知\n现将两个办法印发给你们。\n附件：1.甲办法\n2.乙办法\n某某局\n2026年11月26日',
    );
    expect(paragraphs.slice(2, 4)).toEqual([
      { role: 'attachment', text: '附件：1.甲办法' },
      { role: 'attachment', text: '2.乙办法', continued: true },
    ]);
  });

  it('breaks a long one-line title into balanced lines at a word boundary', () => {
    const [title] = recogniseStructure('某某市人民政府办公室关于开展2026年度全市安全生产大检查工作的通知\n正文。');
    expect(title.text.replace(/\n/g, '')).toBe('某某市人民政府办公室关于开展2026年度全市安全生产大检查工作的通知');
    const lines = title.text.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].length).toBeGreaterThanOrEqual(lines[1].length);
  });
});

describe('recogniseStructure on the real corpus', () => {
  const files = readdirSync(corpus).filter((name) => name.endsWith('.txt'));

  it.each(sources.map(([file, kind, title]) => [file, kind, title]))(
    '%s (%s): title and closing',
    (file, kind, title) => {
      const text = readFileSync(corpus + file, 'utf8');
      const paragraphs = recogniseStructure(text);
      expect(paragraphs[0].role).toBe('title');
      // A 令 names itself; sources.tsv names the 条例 it promulgates.
      const expected = kind.startsWith('令') ? '中华人民共和国国务院令' : title.replace(/\s/g, '');
      expect(paragraphs[0].text.replace(/[\n\s]/g, '')).toBe(expected);
      // Every non-empty line is one paragraph, none lost or merged (the title's lines aside).
      const lines = text.split('\n').filter((line) => line.trim()).length;
      expect(paragraphs.length + paragraphs[0].text.split('\n').length - 1).toBe(lines);
      const date = paragraphs.findIndex((p) => p.role === 'date');
      if (date >= 0) expect(/[年月日]$/.test(paragraphs[date].text)).toBe(true);
    },
  );

  it('recognises the parts of a 通知 as published', () => {
    const paragraphs = recogniseStructure(readFileSync(`${corpus}g02-tongzhi-youeryuan.txt`, 'utf8'));
    expect(paragraphs[0].text).toBe('国务院办公厅关于开展\n城镇小区配套幼儿园治理工作的通知');
    expect(paragraphs.slice(1, 3).map((p) => p.role)).toEqual(['subtitle', 'addressee']);
    expect(roleOf(paragraphs, '一、总体要求')).toBe('heading1');
    expect(paragraphs.slice(-3).map((p) => [p.role, p.text])).toEqual([
      ['signature', '国务院办公厅'],
      ['date', '2019年1月9日'],
      ['note', '（此件公开发布）'],
    ]);
  });

  it('finds the 成文日期 of every dated document, in Arabic or Chinese numerals', () => {
    const dated = files.filter((file) => !file.startsWith('g07') && !/g1[0-3]|g2[3689]/.test(file));
    for (const file of files) {
      const paragraphs = recogniseStructure(readFileSync(corpus + file, 'utf8'));
      if (!paragraphs.some((p) => p.role === 'date')) expect(dated).not.toContain(file);
    }
    const old = recogniseStructure(readFileSync(`${corpus}g19-qingshi-xizangban-1996.txt`, 'utf8'));
    expect(old.slice(-3).map((p) => p.role)).toEqual(['attachment', 'signature', 'date']);
  });

  it('finds headings of all four levels across the corpus', () => {
    const roles = new Set(
      files.flatMap((file) => recogniseStructure(readFileSync(corpus + file, 'utf8')).map((p) => p.role)),
    );
    for (const role of ['heading1', 'heading2', 'heading3', 'heading4', 'attachment', 'note'] as const)
      expect(roles).toContain(role);
  });
});
