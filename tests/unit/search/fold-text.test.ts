import { describe, expect, it } from 'vitest';
import { foldText, foldedAway, unfold } from '../../../search/fold-text';

describe('foldedAway / unfold', () => {
  const original = 'ＧＤＰ增长5%，AI与ｇｄｐ、OA系统';
  const folded = foldText(original);
  const away = foldedAway(original, folded);

  it('rebuild any window of the original from the folded text alone', () => {
    expect(folded).toBe('gdp增长5%，ai与gdp、oa系统');
    for (let start = 0; start < folded.length; start++) {
      for (let end = start; end <= folded.length; end++) {
        expect(unfold(folded.slice(start, end), start, away)).toBe(original.slice(start, end));
      }
    }
  });

  it('keep nothing for text that folding leaves alone', () => {
    expect(foldedAway('乡村振兴gdp', foldText('乡村振兴gdp'))).toBeUndefined();
    expect(unfold('振兴', 2, undefined)).toBe('振兴');
  });
});
