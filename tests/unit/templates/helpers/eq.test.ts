import { describe, expect, it } from 'vitest';
import { eq } from '../../../../templates/helpers/eq';

describe('eq', () => {
  it('compares form strings with template literals', () => {
    expect(eq('紧急', '紧急')).toBe(true);
    expect(eq('1', 1)).toBe(true);
    expect(eq('紧急', '一般')).toBe(false);
  });

  it('does not equate missing values with text', () => {
    expect(eq(undefined, 'undefined')).toBe(false);
    expect(eq(null, '')).toBe(false);
    expect(eq(null, undefined)).toBe(false);
  });
});
