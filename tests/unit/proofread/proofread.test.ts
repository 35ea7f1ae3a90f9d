import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../proofread/apply-fixes';
import { fixAll } from '../../../proofread/fix-all';
import { proofread } from '../../../proofread/proofread';

describe('proofread', () => {
  it('reports precise ranges, the line as excerpt, a message key and the fix', () => {
    const text = '关于工作的通知\n一.基本情况\n今年完成 95%。';
    const findings = proofread(text);
    expect(findings).toEqual([
      {
        ruleId: 'heading-number',
        severity: 'error',
        start: 8,
        end: 10,
        excerpt: '一.基本情况',
        messageKey: 'proofHeadingNumber',
        replacement: '一、',
      },
      {
        ruleId: 'cjk-latin-space',
        severity: 'error',
        start: 19,
        end: 20,
        excerpt: '今年完成 95%。',
        messageKey: 'proofCjkLatinSpace',
        replacement: '',
      },
    ]);
    expect(text.slice(8, 10)).toBe('一.');
  });

  it('clips the excerpt of a long line around the problem', () => {
    const text = `${'很'.repeat(40)},${'长'.repeat(40)}`;
    const [finding] = proofread(text);
    expect(finding.excerpt).toBe(`…${'很'.repeat(20)},${'长'.repeat(20)}…`);
  });

  it('never flags text inside a 【待填：…】 placeholder', () => {
    expect(proofread('【待填：2026.5.6,负责人"张三"】')).toEqual([]);
    expect(proofread('【待填：日期】,').map((finding) => finding.start)).toEqual([7]);
  });

  it('gives one fix for one problem: the specific rule wins over the generic bracket rule', () => {
    expect(proofread('(一)加强领导').map((finding) => finding.ruleId)).toEqual(['heading-number']);
    expect(proofread('国办发(2026)12号').map((finding) => finding.ruleId)).toEqual(['document-number']);
  });

  it('keeps advice-only findings even where a fix overlaps them', () => {
    const ids = proofread('关于防汛的报告\n妥否,请批示。').map((finding) => finding.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['halfwidth-punctuation', 'report-request']));
  });

  it('uses the title field to tell a 报告 from other documents', () => {
    expect(proofread('妥否，请批示。', { title: '关于防汛的报告' }).map((f) => f.ruleId)).toEqual(['report-request']);
    expect(proofread('妥否，请批示。', { title: '关于防汛的请示' })).toEqual([]);
  });

  it('lets the title field decide over a first line that names another kind', () => {
    const body = '关于防汛经费的报告\n市政府：\n妥否，请批示。';
    expect(proofread(body).map((f) => f.ruleId)).toEqual(['report-request']);
    expect(proofread(body, { title: '关于防汛经费的请示' }).map((f) => f.ruleId)).toEqual([]);
  });

  it('takes a 关于…的请示 title broken over two lines at the top of the body as the title', () => {
    const body = '关于内地西藏班（校）\n扩大规模有关问题的请示\n国务院：\n现提出如下意见。\n特此报告。';
    expect(proofread(body).map((f) => f.ruleId)).toEqual(['request-closing']);
  });

  it('finds no title in a body whose first lines are a heading and sentences (会议纪要)', () => {
    const body =
      '市政府第12次常务会议纪要\n\n会议研究了两项工作。现将会议议定事项纪要如下：\n一、关于重大项目的问题\n会议听取了市发展改革委关于重大项目谋划情况的汇报。';
    expect(proofread(body)).toEqual([]);
  });

  it('gives every finding a severity: 错误 or 建议', () => {
    const findings = proofread('关于工作的通知\n按照“一事一议”、“一园一案”的要求,完成。');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['enumeration-comma', 'suggestion'],
      ['halfwidth-punctuation', 'error'],
    ]);
  });

  it('reports an approximation marked three ways once', () => {
    expect(proofread('投资约90多万元左右。').map((f) => f.ruleId)).toEqual(['approximate-redundant']);
  });

  it('skips rules switched off', () => {
    const text = '完成 95%,成效明显。';
    expect(proofread(text).map((f) => f.ruleId)).toEqual(['cjk-latin-space', 'halfwidth-punctuation']);
    expect(proofread(text, {}, { disabledRules: ['cjk-latin-space'] }).map((f) => f.ruleId)).toEqual([
      'halfwidth-punctuation',
    ]);
  });
});

describe('applyFixes', () => {
  it('applies replacements from the end-safe offsets, skips advice and overlaps', () => {
    const text = 'ab,cd';
    const severity = 'error' as const;
    const fixes = [
      { ruleId: 'x', severity, start: 2, end: 3, excerpt: '', messageKey: 'proofread' as const, replacement: '，' },
      { ruleId: 'y', severity, start: 2, end: 4, excerpt: '', messageKey: 'proofread' as const, replacement: 'Z' },
      { ruleId: 'z', severity, start: 0, end: 1, excerpt: '', messageKey: 'proofread' as const },
    ];
    expect(applyFixes(text, fixes)).toBe('ab，cd');
  });
});

describe('fixAll', () => {
  it('fixes every fixable finding, including ones uncovered by an earlier fix', () => {
    const text = '关于召开会议的通知。\n一.时间\n定于２０２６年０５月０６日召开,会期三、五天。\n国办发(２６)第012号';
    const { text: fixed, fixed: count } = fixAll(text);
    expect(fixed).toBe('关于召开会议的通知\n一、时间\n定于2026年5月6日召开，会期三五天。\n国办发〔2026〕12号');
    expect(count).toBeGreaterThanOrEqual(7);
    expect(proofread(fixed)).toEqual([]);
  });

  it('applies errors only, never suggestions, and nothing the user ignored', () => {
    const text = '关于工作的通知\n落实“放管服”、“最多跑一次”改革,完成 95%。';
    const fixed = fixAll(text).text;
    expect(fixed).toBe('关于工作的通知\n落实“放管服”、“最多跑一次”改革，完成95%。');
    expect(proofread(fixed).map((f) => [f.ruleId, f.severity])).toEqual([['enumeration-comma', 'suggestion']]);
    const space = proofread(text).find((finding) => finding.ruleId === 'cjk-latin-space')!;
    const keepSpace = fixAll(text, {}, { ignored: [space] });
    expect(keepSpace.text).toBe('关于工作的通知\n落实“放管服”、“最多跑一次”改革，完成 95%。');
    expect(keepSpace.fixed).toBe(1);
  });

  it('keeps an ignored finding unfixed while other fixes change the words around it', () => {
    const text = '定于2026年05月06日召开,会期三、五天。';
    const comma = proofread(text).find((finding) => finding.ruleId === 'halfwidth-punctuation')!;
    const result = fixAll(text, {}, { ignored: [comma] });
    expect(result.text).toBe('定于2026年5月6日召开,会期三五天。');
    expect(result.fixed).toBe(2);
    // Where the ignored comma is now, for the next 全部修正.
    expect(result.ignored).toEqual([{ ruleId: 'halfwidth-punctuation', start: 13, end: 14 }]);
    expect(result.text[13]).toBe(',');
  });

  it('leaves rules switched off alone', () => {
    expect(fixAll('完成 95%,成效明显。', {}, { disabledRules: ['halfwidth-punctuation'] }).text).toBe(
      '完成95%,成效明显。',
    );
  });

  it('leaves advice-only findings for a person to decide', () => {
    const { text } = fixAll('参会近百人左右。');
    expect(text).toBe('参会近百人左右。');
    expect(proofread(text).map((finding) => finding.replacement)).toEqual([undefined]);
  });
});
