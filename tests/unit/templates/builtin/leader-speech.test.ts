import { describe, expect, it } from 'vitest';
import { leaderSpeech } from '../../../../templates/builtin/leader-speech';
import { exampleValues } from '../../../../templates/example-values';
import { renderDocument } from '../../../../templates/render-document';

const render = (greeting: string) =>
  renderDocument(leaderSpeech, { ...exampleValues(leaderSpeech.fields), greeting }).text;

describe('leader-speech (领导讲话)', () => {
  it('greets with the given 称呼, 同志们： by default, and turns to the points with 下面，我讲几点意见。', () => {
    expect(render('各位代表，同志们').split('\n')[4]).toBe('各位代表，同志们：');
    const text = render('');
    expect(text.split('\n')[4]).toBe('同志们：');
    expect(text).toMatch(/讲得很好。\n下面，我讲几点意见。\n一、充分肯定成绩，准确把握形势\n今年以来/);
    expect(text).toContain('\n二、突出工作重点，全力攻坚突破\n（一）持续深化“放管服”改革\n');
    expect(
      text.endsWith(
        '\n三、强化组织保障，确保落地见效\n同志们，优化营商环境只有进行时，没有完成时。各级各部门要切实扛起责任，确保各项任务落到实处。\n谢谢大家。',
      ),
    ).toBe(true);
  });
});
