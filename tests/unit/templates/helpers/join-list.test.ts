import { describe, expect, it } from 'vitest';
import { joinList } from '../../../../templates/helpers/join-list';

describe('joinList', () => {
  it('joins with 、 and ends with exactly one 。', () => {
    expect(joinList(['办公室', '财政局', '审计局'])).toBe('办公室、财政局、审计局。');
    expect(joinList(['办公室。', '财政局；', ' 审计局，'])).toBe('办公室、财政局、审计局。');
  });

  it('reads one item per line from a string and drops blank items', () => {
    expect(joinList('办公室\n\n财政局\n')).toBe('办公室、财政局。');
  });

  it('takes a key for group rows and an end mark for inline use', () => {
    expect(joinList([{ unit: '甲' }, { unit: '乙' }], { key: 'unit', end: '' })).toBe('甲、乙');
    expect(joinList(['甲', '乙'], { end: '等' })).toBe('甲、乙等');
  });

  it('puts no 顿号 between adjacent book titles or quotations', () => {
    expect(joinList(['《条例》', '《办法》', '“两个确立”', '“两个维护”'], { end: '' })).toBe(
      '《条例》《办法》“两个确立”“两个维护”',
    );
  });

  it('returns placeholders as they are and nothing for nothing', () => {
    expect(joinList('【待填：参会单位】')).toBe('【待填：参会单位】');
    expect(joinList(['【待填：单位】', '乙'])).toBe('【待填：单位】、乙。');
    expect(joinList([])).toBe('');
    expect(joinList(undefined)).toBe('');
  });
});
