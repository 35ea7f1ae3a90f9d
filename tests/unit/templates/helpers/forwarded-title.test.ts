import { describe, expect, it } from 'vitest';
import { forwardedTitle } from '../../../../templates/helpers/forwarded-title';

describe('forwardedTitle', () => {
  it('drops the 的 before the forwarded document’s 文种, as real forwarding titles do', () => {
    // 国办发〔1997〕11号: 转发民政部关于清理整顿社会团体意见的通知
    expect(forwardedTitle('关于清理整顿社会团体的意见')).toBe('关于清理整顿社会团体意见');
    expect(forwardedTitle('《关于1997年地震趋势和加强防震减灾工作意见的报告》')).toBe(
      '关于1997年地震趋势和加强防震减灾工作意见报告',
    );
    expect(forwardedTitle('关于做好冬季安全生产工作的通知')).toBe('关于做好冬季安全生产工作通知');
  });

  it('keeps titles without that shape, placeholders and empty values as they are', () => {
    expect(forwardedTitle('政府网站集约化试点工作方案')).toBe('政府网站集约化试点工作方案');
    expect(forwardedTitle('【待填：来文标题】')).toBe('【待填：来文标题】');
    expect(forwardedTitle(undefined)).toBe('');
  });
});
