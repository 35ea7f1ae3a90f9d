import { describe, expect, it } from 'vitest';
import { briefing } from '../../../../templates/builtin/briefing';
import { exampleValues } from '../../../../templates/example-values';
import { renderDocument } from '../../../../templates/render-document';

describe('briefing (情况汇报)', () => {
  it('reports 下一步工作 and asks for nothing (条例 第十五条)', () => {
    const text = renderDocument(briefing, exampleValues(briefing.fields)).text;
    expect(text).toContain('\n三、下一步工作\n（一）对尚未整改的134项隐患');
    expect(text).not.toMatch(/协调解决|请批准|请批示|恳请|请求/);
    expect(briefing.fields.map((f) => f.label)).not.toContain('需要领导协调解决的事项');
    expect(text).toContain('\n特此报告。\n');
  });
});
