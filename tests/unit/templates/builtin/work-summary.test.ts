import { describe, expect, it } from 'vitest';
import { workSummary } from '../../../../templates/builtin/work-summary';
import { exampleValues } from '../../../../templates/example-values';
import { renderDocument } from '../../../../templates/render-document';

describe('work-summary', () => {
  it('renders the example as a complete summary titled 单位+时限+工作总结', () => {
    const doc = renderDocument(workSummary, exampleValues(workSummary.fields));
    expect(doc.title).toBe('某某市政府办公室2026年工作总结');
    expect(doc.placeholders).toBe(0);
    expect(doc.text).toContain('2026年，承担的36项重点工作任务完成率达到98%。');
    expect(doc.text).toContain('（三）坚持高效率督查落实\n对48项重点任务');
    expect(doc.text).toContain('2.督查工作重过程');
    expect(doc.text.endsWith('某某市政府办公室\n2026年12月28日')).toBe(true);
  });

  it('drops the completion sentence and the signature when those optional fields are empty', () => {
    const doc = renderDocument(workSummary, { ...exampleValues(workSummary.fields), completionRate: '', date: '' });
    expect(doc.text).not.toContain('完成率');
    expect(doc.text.endsWith('2.完善督查机制，推动督查结果与绩效考核挂钩。')).toBe(true);
  });

  it('writes the rate without the count when only the rate is given', () => {
    const doc = renderDocument(workSummary, { ...exampleValues(workSummary.fields), taskCount: ' ' });
    expect(doc.text).toContain('2026年，重点工作任务完成率达到98%。');
  });
});
