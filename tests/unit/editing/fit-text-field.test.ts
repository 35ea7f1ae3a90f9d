import { describe, expect, it } from 'vitest';
import { fitTextField } from '../../../editing/fit-text-field';

const field = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLInputElement | HTMLTextAreaElement;
};

describe('fitTextField', () => {
  it('keeps line breaks in a textarea and has no limit without maxlength', () => {
    expect(fitTextField(field('<textarea></textarea>'), '一\r\n二', 0, 0)).toEqual({ text: '一\n二' });
  });

  it('joins lines with spaces in a one-line input', () => {
    expect(fitTextField(field('<input>'), '标题\n  副标题\n', 0, 0)).toEqual({ text: '标题 副标题' });
  });

  it('cuts at maxlength, counting the selection being replaced as free, and reports the limit', () => {
    const input = field('<input maxlength="6" value="甲乙丙">');
    expect(fitTextField(input, '一二三四五', 1, 2)).toEqual({ text: '一二三四', maxLength: 6 });
  });

  it('never leaves half a surrogate pair at the cut', () => {
    expect(fitTextField(field('<input maxlength="2">'), '一𠀀', 0, 0)).toEqual({ text: '一', maxLength: 2 });
  });
});
