import { describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../../templates/builtin';
import { exampleValues } from '../../../templates/example-values';
import { renderDocument } from '../../../templates/render-document';
import { draftParagraphs } from '../../../typeset/draft-paragraphs';
import { draftStructure } from '../../../typeset/draft-structure';
import { templateStructure } from '../../../typeset/template-structure';

const summary = findBuiltinTemplate('work-summary')!;

describe('draftParagraphs', () => {
  it('uses the template: a value that starts like a heading number stays body', async () => {
    const values = exampleValues(summary.fields);
    values.headingStyle = '小标题单独成行';
    // A 做法 whose text is a list item: by wording alone it would be a level-3 heading.
    values.achievements = [{ practice: '坚持高标准服务决策', effect: '1.全年起草各类文稿320余篇' }];
    const doc = renderDocument(summary, values);
    const draft = { title: doc.title, body: doc.text, templateId: summary.id, fieldValues: values };
    expect(
      (await draftParagraphs(draft, () => summary)).find((p) => p.text === '1.全年起草各类文稿320余篇')?.role,
    ).toBe('body');
    expect(
      (await draftParagraphs({ ...draft, templateId: undefined }, () => summary)).find(
        (p) => p.text === '1.全年起草各类文稿320余篇',
      )?.role,
    ).toBe('heading3');
  });

  it('recognises the lines the user added after generating', async () => {
    const values = exampleValues(summary.fields);
    const doc = renderDocument(summary, values);
    const body = doc.text.replace('三、存在的问题和不足', '（四）新增的小标题\n三、存在的问题和不足');
    const paragraphs = await draftParagraphs(
      { title: doc.title, body, templateId: summary.id, fieldValues: values },
      () => summary,
    );
    expect(paragraphs.find((p) => p.text === '（四）新增的小标题')?.role).toBe('heading2');
    expect(paragraphs.find((p) => p.text === '三、存在的问题和不足')?.role).toBe('heading1');
  });

  it('falls back to recognition when the template is gone', async () => {
    const doc = renderDocument(summary, exampleValues(summary.fields));
    const paragraphs = await draftParagraphs(
      { title: doc.title, body: doc.text, templateId: 'deleted', fieldValues: {} },
      () => undefined,
    );
    expect(paragraphs[0]).toEqual({ role: 'title', text: doc.title });
  });
});

describe('templateStructure', () => {
  it('gives the rendered text line for line, with the levels of {{heading}} lines and the {{cnDate}} line', () => {
    const values = exampleValues(summary.fields);
    values.headingStyle = '小标题单独成行';
    const lines = templateStructure(summary, values)!;
    expect(lines.map((line) => line.text).join('\n')).toBe(renderDocument(summary, values).text);
    expect(lines.find((line) => line.text === '（一）坚持高标准服务决策')?.level).toBe(2);
    expect(lines.find((line) => line.text === '2026年12月28日')).toMatchObject({ date: true, level: null });
    expect(lines.find((line) => line.text === '一、基本情况')?.level).toBeUndefined();
    // Run in (小标题与正文连写), the numbered line is still the template's level-2 heading.
    const notice = findBuiltinTemplate('notice')!;
    const attachments = templateStructure(notice, exampleValues(notice.fields))!;
    expect(attachments.find((line) => line.text === '2.安全生产检查情况汇总表')?.level).toBeNull();
    const runIn = templateStructure(summary, exampleValues(summary.fields))!;
    expect(runIn.find((line) => line.text.startsWith('（一）坚持高标准服务决策。'))?.level).toBe(2);
  });
});

describe('draftStructure', () => {
  it('puts the title field above a body that does not start with it', () => {
    const paragraphs = draftStructure({
      title: '关于调整会议时间的通知',
      body: '各科室：\n会议改至周五。\n办公室\n2026年11月26日',
    });
    expect(paragraphs.map((p) => p.role)).toEqual(['title', 'addressee', 'body', 'signature', 'date']);
  });

  it('keeps a body that carries its own title, whatever the title field says', () => {
    const paragraphs = draftStructure({ title: '会议通知', body: '关于调整会议时间的通知\n各科室：\n会议改至周五。' });
    expect(paragraphs[0]).toEqual({ role: 'title', text: '关于调整会议时间的通知' });
    expect(paragraphs).toHaveLength(3);
  });
});
