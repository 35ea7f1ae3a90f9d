import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../templates/normalize-text';

describe('normalizeText', () => {
  it('unifies line endings, strips trailing blanks, collapses blank runs and trims', () => {
    expect(normalizeText('\n\n标题  \r\n\r\n\r\n\r\n正文\u3000\r第二段\n\n\n')).toBe('标题\n\n正文\n第二段');
  });

  it('keeps a single blank line and leading indentation inside the text', () => {
    expect(normalizeText('a\n\n\u3000\u3000b')).toBe('a\n\n\u3000\u3000b');
  });
});
