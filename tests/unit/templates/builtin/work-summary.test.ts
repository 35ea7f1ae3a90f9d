import { describe, expect, it } from 'vitest';
import { workSummary } from '../../../../templates/builtin/work-summary';
import { exampleValues } from '../../../../templates/example-values';
import { renderDocument } from '../../../../templates/render-document';

const example = exampleValues(workSummary.fields);
const render = (changes: Record<string, string> = {}) => renderDocument(workSummary, { ...example, ...changes });

describe('work-summary', () => {
  it('opens with a paragraph ending 现将…总结如下： and keeps 问题 and 打算 at the level of 做法', () => {
    const doc = render({ headingStyle: '' });
    expect(doc.title).toBe('某某市政府办公室2026年工作总结');
    expect(doc.placeholders).toBe(0);
    const lines = doc.text.split('\n');
    expect(lines[2]).toMatch(/^一年来，.*较好完成了全年目标任务。现将主要工作情况总结如下：$/);
    expect(doc.text).toContain('（三）坚持高效率督查落实\n对48项重点任务');
    expect(doc.text).toContain('三、存在的问题和不足\n（一）服务决策');
    expect(doc.text).toContain('四、下一步工作打算\n（一）加强调查研究');
    expect(doc.text).not.toMatch(/^\d\./m);
    expect(doc.text.endsWith('某某市政府办公室\n2026年12月28日')).toBe(true);
  });

  it('does not repeat the period the title already states', () => {
    const body = render().text.split('\n').slice(1).join('\n');
    expect(body).not.toContain('2026年，');
    expect(body).not.toContain('2026年度');
    expect(body).toContain('共承担重点工作任务36项，完成率达到98%。');
  });

  it('runs each subheading into its text when 小标题与正文连写 is chosen', () => {
    expect(render({ headingStyle: '小标题与正文连写' }).text).toContain(
      '（一）坚持高标准服务决策。全年起草各类文稿320余篇',
    );
    expect(render({ headingStyle: '小标题单独成行' }).text).toContain('（一）坚持高标准服务决策\n全年起草');
  });

  it('drops the completion sentence and the signature when those optional fields are empty', () => {
    const doc = render({ completionRate: '', date: '' });
    expect(doc.text).not.toContain('完成率');
    expect(doc.text.endsWith('（二）完善督查机制，推动督查结果与绩效考核挂钩。')).toBe(true);
  });

  it('writes the rate without the count when only the rate is given', () => {
    expect(render({ taskCount: ' ' }).text).toContain('\n重点工作任务完成率达到98%。');
  });
});
