import { describe, expect, it } from 'vitest';
import { meetingMinutes } from '../../../../templates/builtin/meeting-minutes';
import { exampleValues } from '../../../../templates/example-values';
import { renderDocument } from '../../../../templates/render-document';

const text = renderDocument(meetingMinutes, exampleValues(meetingMinutes.fields)).text;

describe('meeting-minutes (会议纪要, GB/T 9704-2012 10.2)', () => {
  it('states date, place and who presided once, then 现将会议议定事项纪要如下：', () => {
    expect(text.split('\n')[2]).toBe(
      '2026年11月26日，市长张某某在市政府第一会议室主持召开市政府第12次常务会议，研究重大项目建设和优化营商环境等工作。现将会议议定事项纪要如下：',
    );
    expect(text.match(/2026年11月26日/g)).toHaveLength(1);
    expect(text.match(/市长张某某/g)).toHaveLength(1);
  });

  it('writes each topic as 一、关于××的问题 with its decision, 责任单位 and 完成时限', () => {
    expect(text).toContain(
      '\n一、关于2027年重大项目谋划的问题\n会议听取了市发展改革委关于2027年重大项目谋划情况的汇报。\n会议认为，',
    );
    expect(text).toContain(
      '\n二、关于重大项目前期工作经费的问题\n会议决定，统筹安排重大项目前期工作经费，保障项目谋划储备需要。（责任单位：市财政局，市发展改革委配合；完成时限：2027年1月底前）\n',
    );
  });

  it('lists 出席, 列席, 请假 below the body after one blank line', () => {
    expect(
      text.endsWith(
        '\n\n出席：张某某、李某某、王某某、赵某某\n列席：市发展改革委、市财政局、市自然资源局主要负责同志\n请假：刘某某',
      ),
    ).toBe(true);
  });
});
