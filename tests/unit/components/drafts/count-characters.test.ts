import { describe, expect, it } from 'vitest';
import { countCharacters } from '../../../../components/drafts/count-characters';

describe('countCharacters', () => {
  it('counts every character but white space, astral characters once', () => {
    expect(countCharacters('一、基本情况\n  今年完成 95%。')).toBe(14);
    expect(countCharacters('𠀀a')).toBe(2);
    expect(countCharacters(' \n\t')).toBe(0);
  });
});
