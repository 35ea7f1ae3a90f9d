import { describe, expect, it } from 'vitest';
import { builtinFollowUps, findBuiltinTemplate, followUpValues } from '../../../../templates/builtin';

describe('follow-ups', () => {
  it('lead from 情况汇报 to a 请示 on the same subject, to the same office, from the same unit', () => {
    const followUp = builtinFollowUps.briefing;
    expect(findBuiltinTemplate(followUp.templateId)?.kind).toBe('请示');
    const request = findBuiltinTemplate('request')!;
    for (const to of Object.values(followUp.carry)) expect(request.fields.map((f) => f.name)).toContain(to);
    expect(
      followUpValues(followUp, { subject: ' 全市安全生产大检查 ', addressee: '市人民政府', unit: '', overview: '略' }),
    ).toEqual({ subject: '全市安全生产大检查', addressee: '市人民政府' });
  });
});
