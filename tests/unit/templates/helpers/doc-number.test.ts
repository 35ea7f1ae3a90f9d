import { describe, expect, it } from 'vitest';
import { docNumber } from '../../../../templates/helpers/doc-number';

describe('docNumber', () => {
  it('composes agency, year and sequence with 〔〕 and no zero padding', () => {
    expect(docNumber('国办发', '2026', '12')).toBe('国办发〔2026〕12号');
    expect(docNumber('国办发', 2026, '012')).toBe('国办发〔2026〕12号');
    expect(docNumber('某府办', '[2026]', '第3号')).toBe('某府办〔2026〕3号');
  });

  it('tidies a whole number written with the wrong brackets, 第 or padding', () => {
    expect(docNumber('国办发[2026]012号')).toBe('国办发〔2026〕12号');
    expect(docNumber('国办发（2026）第5号')).toBe('国办发〔2026〕5号');
    expect(docNumber('国办发【2026】7号')).toBe('国办发〔2026〕7号');
    expect(docNumber('国办发〔2026〕12号')).toBe('国办发〔2026〕12号');
  });

  it('keeps what it cannot read instead of guessing', () => {
    expect(docNumber('国办发〔26〕12号')).toBe('国办发〔26〕12号');
    expect(docNumber('【待填：依据文件字号】')).toBe('【待填：依据文件字号】');
    expect(docNumber('【待填：机关代字】', '2026', '12')).toBe('【待填：机关代字】〔2026〕12号');
  });
});
