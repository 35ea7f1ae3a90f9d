import { describe, expect, it } from 'vitest';
import { notice } from '../../../../templates/builtin/notice';
import { noticeForward } from '../../../../templates/builtin/notice-forward';
import { noticeIssue } from '../../../../templates/builtin/notice-issue';
import { exampleValues } from '../../../../templates/example-values';
import { renderDocument } from '../../../../templates/render-document';
import type { FieldValues, TemplateDefinition } from '../../../../templates/template-definition';

const render = (def: TemplateDefinition, changes: FieldValues = {}) =>
  renderDocument(def, { ...exampleValues(def.fields), ...changes }).text;
const line = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start)) ?? '';

describe('notice (部署通知)', () => {
  it('joins 发文缘由 into one sentence: 为…，根据《…》（…）精神，经××同意，现将有关事项通知如下：', () => {
    const text = render(notice);
    expect(text.split('\n')[0]).toBe('某某市人民政府办公室关于开展2026年度安全生产检查的通知');
    expect(line(text, '今年以来')).toBe(
      '今年以来，全市安全生产形势总体平稳，但部分行业领域事故隐患仍然较多。为切实防范化解重大安全风险，确保全市安全生产形势持续稳定，根据《国务院办公厅关于进一步加强安全生产工作的通知》（国办发〔2026〕12号）精神，经市政府同意，现将有关事项通知如下：',
    );
  });

  it('leaves out what is not given, without a stray mark', () => {
    const text = render(notice, { background: '', basisTitle: '', approver: '', purpose: '加强安全生产工作。' });
    expect(text.split('\n')[3]).toBe('为加强安全生产工作，现将有关事项通知如下：');
  });

  it('does not close numbered items announced with 如下： with 特此通知。', () => {
    expect(render(notice)).not.toContain('特此通知');
  });

  it('puts 附件说明 under the body, then 署名、日期 and the 附注 lines', () => {
    expect(render(notice)).toContain(
      '附件：1.安全生产检查重点内容\n2.安全生产检查情况汇总表\n\n某某市人民政府办公室\n2026年11月26日\n（此件公开发布）\n（联系人：王某某，联系电话：0000-7654321）',
    );
    expect(render(notice, { attachments: [{ title: '检查表' }] })).toContain('附件：检查表\n');
    const bare = render(notice, { attachments: [], publicity: '', contactName: '' });
    expect(bare).not.toContain('附件');
    expect(
      bare.endsWith(
        '三、工作要求\n各单位要高度重视，明确专人负责，于2027年1月10日前将检查情况报送市应急管理局。\n\n某某市人民政府办公室\n2026年11月26日',
      ),
    ).toBe(true);
  });
});

describe('notice-issue (印发通知)', () => {
  it('writes 现将《…》印发给你们，请认真贯彻执行。 or, with an approver, 《…》已经××同意，现印发给你们', () => {
    const text = render(noticeIssue, { approver: '' });
    expect(text.split('\n')[0]).toBe('某某市人民政府办公室关于印发《某某市政务服务事项清单管理办法》的通知');
    expect(text).toContain('\n现将《某某市政务服务事项清单管理办法》印发给你们，请认真贯彻执行。\n');
    expect(render(noticeIssue)).toContain(
      '\n《某某市政务服务事项清单管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n',
    );
    expect(render(noticeIssue, { demand: '请认真组织实施。' })).toContain('印发给你们，请认真组织实施。');
  });
});

describe('notice-forward (转发通知)', () => {
  it('titles 转发××关于××意见的通知 and forwards with the source document’s number', () => {
    const text = render(noticeForward);
    expect(text.split('\n')[0]).toBe('某某县人民政府办公室转发市应急管理局关于做好冬季安全生产工作意见的通知');
    expect(text).toContain(
      '\n市应急管理局《关于做好冬季安全生产工作的意见》（某应急发〔2026〕30号）已经县政府同意，现转发给你们，请认真贯彻执行。\n',
    );
    expect(render(noticeForward, { approver: '', sourceNumber: '' })).toContain(
      '\n现将市应急管理局《关于做好冬季安全生产工作的意见》转发给你们，请认真贯彻执行。\n',
    );
  });
});
