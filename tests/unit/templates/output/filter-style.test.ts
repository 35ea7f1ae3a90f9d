import { describe, expect, it } from 'vitest';
import { filterStyle } from '../../../../templates/output/filter-style';

describe('filterStyle margin-top', () => {
  it('keeps the blank line above a paragraph and drops margins that could push text out of sight', () => {
    expect(filterStyle('text-indent:2em;margin-top:28pt')).toBe('text-indent:2em;margin-top:28pt');
    expect(filterStyle('margin-top:9999pt')).toBe('');
    expect(filterStyle('margin-top:-28pt')).toBe('');
    expect(filterStyle('margin-top:50vh')).toBe('');
  });
});
