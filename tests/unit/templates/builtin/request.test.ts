import { describe, expect, it } from 'vitest';
import { request } from '../../../../templates/builtin/request';
import { exampleValues } from '../../../../templates/example-values';
import { renderDocument } from '../../../../templates/render-document';
import type { FieldValues } from '../../../../templates/template-definition';

const render = (changes: FieldValues = {}) =>
  renderDocument(request, { ...exampleValues(request.fields), ...changes }).text;

describe('request (请示)', () => {
  it('numbers several request points and writes a single one as a plain paragraph', () => {
    expect(render()).toContain('\n一、恳请市政府从市级预备费中安排防汛抗旱专项经费500万元。\n二、经费主要用于');
    const single = render({ requests: [{ request: '恳请市政府安排专项经费500万元' }] });
    expect(single).toContain('需要。\n恳请市政府安排专项经费500万元。\n妥否，请批示。');
  });

  it('closes with the chosen phrase; 请批转 names who should carry it out', () => {
    expect(render({ closing: '专此请示，请批复。' })).toContain('\n专此请示，请批复。\n');
    expect(render({ closing: '以上请示如无不妥，请批转执行。' })).toContain(
      '\n以上请示如无不妥，请批转各县（市、区）人民政府执行。\n',
    );
  });

  it('keeps the contact person out of the body, as 附注 under the date, after 附件', () => {
    expect(
      render().endsWith(
        '妥否，请批示。\n\n附件：2026年度防汛抗旱专项经费测算表\n\n某某市水利局\n2026年11月26日\n（此件不予公开）\n（联系人：王某某，联系电话：0000-7654321）',
      ),
    ).toBe(true);
  });
});
