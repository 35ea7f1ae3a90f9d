import { describe, expect, it } from 'vitest';
import { radicalSupplementPairs } from '../../../proofread/radical-supplement';
import { unifiedIdeographOf } from '../../../proofread/rules/radical-lookalike';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index));
/** Unassigned code points (General_Category Cn) are no radicals and map to nothing. */
const assigned = (char: string) => !/\p{Cn}/u.test(char);
const isUnifiedIdeograph = (char: string) =>
  /^\p{Script=Han}$/u.test(char) && !/[\u2e80-\u2eff\u2f00-\u2fdf]/.test(char);

describe('radical look-alikes', () => {
  it('maps the whole Kangxi Radicals block (U+2F00–U+2FDF) to unified ideographs', () => {
    const radicals = range(0x2f00, 0x2fdf).filter(assigned);
    expect(radicals).toHaveLength(214);
    for (const radical of radicals) expect(isUnifiedIdeograph(unifiedIdeographOf(radical) ?? ''), radical).toBe(true);
    expect(unifiedIdeographOf('⼯')).toBe('工');
    expect(unifiedIdeographOf('⼀')).toBe('一');
  });

  it('maps the CJK Radicals Supplement (U+2E80–U+2EFF), which NFKC leaves almost untouched', () => {
    const radicals = range(0x2e80, 0x2eff).filter(assigned);
    const normalizedByNfkc = radicals.filter((radical) => radical.normalize('NFKC') !== radical);
    expect(normalizedByNfkc).toEqual(['⺟', '⻳']);
    const mapped = radicals.filter((radical) => unifiedIdeographOf(radical) !== undefined);
    // Every radical Unicode gives an equivalent for; 2E80 (repeat mark) and a few others have none.
    expect(mapped).toHaveLength(radicalSupplementPairs.length);
    expect(mapped.length).toBeGreaterThan(100);
    for (const radical of mapped) expect(isUnifiedIdeograph(unifiedIdeographOf(radical)!), radical).toBe(true);
    // Where NFKC does apply, the table agrees with it.
    for (const radical of normalizedByNfkc) expect(unifiedIdeographOf(radical)).toBe(radical.normalize('NFKC'));
    expect(unifiedIdeographOf('⻓')).toBe('长');
    expect(unifiedIdeographOf('⻆')).toBe('角');
  });

  it('leaves ideographs and other text alone', () => {
    expect(unifiedIdeographOf('工')).toBeUndefined();
    expect(unifiedIdeographOf('a')).toBeUndefined();
  });
});
