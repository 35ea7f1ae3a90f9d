import { describe, expect, it } from 'vitest';
import { plainText } from '../../../../templates/output/plain-text';

const text = [
  '某某局关于某事的通知',
  '',
  '各乡镇人民政府，县政府各部门：',
  '为做好某项工作，现将有关事项通知如下：',
  '一、总体要求',
  '（一）指导思想',
  '坚持问题导向。',
  '（二）高度重视，完善制度。各单位要……',
  '附件：1.甲',
  '2.乙',
  '某某局',
  '2026年1月2日',
  '（此件公开发布）',
].join('\n');

describe('plainText', () => {
  it('indents paragraphs with two full-width spaces, not headings, title, 主送 or 落款, and opens a blank line before 落款', () => {
    expect(plainText(text, { indent: true }).split('\n')).toEqual([
      '某某局关于某事的通知',
      '',
      '各乡镇人民政府，县政府各部门：',
      '　　为做好某项工作，现将有关事项通知如下：',
      '一、总体要求',
      '（一）指导思想',
      '　　坚持问题导向。',
      '　　（二）高度重视，完善制度。各单位要……',
      '　　附件：1.甲',
      '　　　　　2.乙',
      '',
      '某某局',
      '2026年1月2日',
      '　　（此件公开发布）',
    ]);
  });

  it('leaves paragraphs flush when indenting is switched off, still aligning further attachments', () => {
    const lines = plainText(text, { indent: false }).split('\n');
    expect(lines[3]).toBe('为做好某项工作，现将有关事项通知如下：');
    expect(lines[9]).toBe('　　　2.乙');
  });

  it('keeps one blank line before 落款 where there is one already', () => {
    expect(plainText('标题\n\n正文。\n\n某某局\n2026年1月2日', { indent: true })).toBe(
      '标题\n\n　　正文。\n\n某某局\n2026年1月2日',
    );
  });
});
