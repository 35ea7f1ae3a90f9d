import { describe, expect, it } from 'vitest';
import { paragraphStyles, textToHtml } from '../../../templates/text-to-html';

const p = (kind: keyof typeof paragraphStyles, text: string) => `<p style="${paragraphStyles[kind]}">${text}</p>`;
/** A paragraph after a blank line: one empty line above it. */
const spaced = (kind: keyof typeof paragraphStyles, text: string) =>
  `<p style="${paragraphStyles[kind]};margin-top:28pt">${text}</p>`;

describe('textToHtml', () => {
  it('styles title, subtitle lines, addressee, headings, body and signature', () => {
    const text = [
      '在全市工作会议上的讲话',
      '张三',
      '（2026年11月26日）',
      '',
      '同志们：',
      '今天召开会议。',
      '一、充分肯定成绩',
      '（一）经济运行稳中向好',
      '1.工业增长。全年增长5%。',
      '（1）具体情况',
      '一、加强领导。这是一个带正文的标题。',
      '某某市政府办公室',
      '2026年11月26日',
    ].join('\n');
    expect(textToHtml(text).split('\n')).toEqual([
      p('title', '在全市工作会议上的讲话'),
      p('subtitle', '张三'),
      p('subtitle', '（2026年11月26日）'),
      spaced('flush', '同志们：'),
      p('body', '今天召开会议。'),
      p('heading1', '一、充分肯定成绩'),
      p('heading2', '（一）经济运行稳中向好'),
      p('body', '1.工业增长。全年增长5%。'),
      p('body', '（1）具体情况'),
      p('body', '一、加强领导。这是一个带正文的标题。'),
      p('signature', '某某市政府办公室'),
      p('signature', '2026年11月26日'),
    ]);
  });

  it('starts the body right after the title when the next line is a sentence', () => {
    expect(textToHtml('关于某事的通知\n各单位：\n现将有关事项通知如下：').split('\n')).toEqual([
      p('title', '关于某事的通知'),
      p('flush', '各单位：'),
      p('body', '现将有关事项通知如下：'),
    ]);
  });

  it('classifies lines holding placeholders by their shape, and keeps a note under the date', () => {
    const text =
      '在【待填：会议名称】上的讲话\n【待填：讲话人】\n（【待填：讲话日期】）\n\n【待填：主送机关】：\n正文。\n某某局\n2026年1月2日\n（联系人：王某某，联系电话：12345678）';
    expect(textToHtml(text).split('\n')).toEqual([
      p('title', '在【待填：会议名称】上的讲话'),
      p('subtitle', '【待填：讲话人】'),
      p('subtitle', '（【待填：讲话日期】）'),
      spaced('flush', '【待填：主送机关】：'),
      p('body', '正文。'),
      p('signature', '某某局'),
      p('signature', '2026年1月2日'),
      p('body', '（联系人：王某某，联系电话：12345678）'),
    ]);
  });

  it('uses level-1 styling with 黑体 bold and level-2 with 楷体', () => {
    expect(paragraphStyles.heading1).toMatch(/黑体.*font-weight:bold/);
    expect(paragraphStyles.heading2).toContain('楷体');
    expect(paragraphStyles.body).toContain('text-indent:2em');
  });

  it('escapes hostile text so that only <p> tags remain', () => {
    const html = textToHtml(
      '<img src=x onerror=alert(1)>\n" onmouseover="alert(1)\n<script>alert(1)</script>\n<a href="javascript:alert(1)">x</a>',
    );
    expect(html).not.toMatch(/<(img|script|a)\b/);
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('&quot; onmouseover&#x3D;&quot;alert(1)');
    expect(html).toContain('&lt;a href&#x3D;&quot;javascript:alert(1)&quot;&gt;');
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.length).toBe(8);
    expect(tags.every((tag) => tag === '</p>' || /^<p style="[^"]*">$/.test(tag))).toBe(true);
  });

  it('returns nothing for empty text and keeps a blank line as space above the next paragraph', () => {
    expect(textToHtml('')).toBe('');
    expect(textToHtml('标题\n\n\n正文。').split('\n')).toEqual([p('title', '标题'), spaced('body', '正文。')]);
  });

  it('sets a 主送 list with ， flush left, not indented', () => {
    expect(textToHtml('关于某事的通知\n\n各乡镇人民政府，县政府各部门：\n正文。').split('\n')[1]).toBe(
      spaced('flush', '各乡镇人民政府，县政府各部门：'),
    );
    // Without 主送, an opening sentence ending 如下： is the first paragraph.
    expect(textToHtml('关于某事的通知\n现将有关事项通知如下：').split('\n')[1]).toBe(
      p('body', '现将有关事项通知如下：'),
    );
  });

  it('lays out 附件说明, 落款 and several 附注 lines as GB/T 9704 does', () => {
    const text =
      '关于某事的通知\n\n各单位：\n正文。\n\n附件：1.甲\n2.乙\n\n某某局\n2026年1月2日\n（此件公开发布）\n（联系人：王某某，联系电话：1234）';
    expect(textToHtml(text).split('\n').slice(3)).toEqual([
      spaced('attachment', '附件：1.甲'),
      p('attachmentMore', '2.乙'),
      spaced('signature', '某某局'),
      p('signature', '2026年1月2日'),
      p('body', '（此件公开发布）'),
      p('body', '（联系人：王某某，联系电话：1234）'),
    ]);
  });
});
