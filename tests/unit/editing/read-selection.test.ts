import { describe, expect, it } from 'vitest';
import { readSelection } from '../../../editing/read-selection';

describe('readSelection', () => {
  it('reads the selected part of a focused textarea, line breaks kept', () => {
    document.body.innerHTML = '<textarea>甲\n乙\n丙</textarea>';
    const field = document.querySelector('textarea')!;
    field.focus();
    field.setSelectionRange(0, 3);
    expect(readSelection(document)).toEqual({ text: '甲\n乙' });
  });

  it('says nothing is selected rather than capturing an empty text', () => {
    document.body.innerHTML = '<p>无选择</p>';
    document.getSelection()?.removeAllRanges();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(() => readSelection(document)).toThrowError(expect.objectContaining({ code: 'noSelection' }));
  });
});
