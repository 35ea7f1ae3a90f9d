import { describe, expect, it } from 'vitest';
import { opinion } from '../../../../templates/builtin/opinion';
import { report } from '../../../../templates/builtin/report';
import { typicalExperience } from '../../../../templates/builtin/typical-experience';
import { exampleValues } from '../../../../templates/example-values';
import { renderDocument } from '../../../../templates/render-document';
import type { FieldValues, TemplateDefinition } from '../../../../templates/template-definition';

const render = (def: TemplateDefinition, changes: FieldValues = {}) =>
  renderDocument(def, { ...exampleValues(def.fields), ...changes }).text;

describe('report (报告)', () => {
  it('reports under 现将有关情况报告如下： in parts 一、二、三 and closes with the chosen phrase', () => {
    const text = render(report, { closing: '以上报告，请审阅。' });
    expect(text.split('\n')[0]).toBe('关于2026年度政务公开工作情况的报告');
    expect(text).toContain('政务公开各项工作。现将有关情况报告如下：\n一、主要工作情况\n');
    expect(text).toContain('\n以上报告，请审阅。\n');
  });
});

describe('opinion (意见)', () => {
  it('leads from the background to 为…，经××同意，现提出如下意见： with no closing phrase', () => {
    const text = render(opinion);
    expect(text).toContain(
      '仍有差距。为持续打造市场化法治化国际化营商环境，经市政府同意，现提出如下意见：\n一、总体要求\n',
    );
    expect(render(opinion, { purpose: '', approver: '' })).toContain('仍有差距。现提出如下意见：\n');
    expect(text).not.toMatch(/特此/);
  });
});

describe('typical-experience (典型经验材料)', () => {
  it('has a main title and a ——××的经验做法 subtitle, and practices as top-level headings', () => {
    const lines = render(typicalExperience).split('\n');
    expect(lines.slice(0, 2)).toEqual(['“三个聚焦”推动基层治理提质增效', '——某某县推进基层治理现代化的经验做法']);
    expect(lines[3]).toMatch(/。主要做法如下：$/);
    expect(lines.filter((l) => /^[一二三]、/.test(l))).toEqual([
      '一、聚焦网格治理，织密服务网络',
      '二、聚焦矛盾化解，畅通诉求渠道',
      '三、聚焦数字赋能，提升治理效率',
    ]);
  });
});
