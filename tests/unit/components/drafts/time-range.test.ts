import { describe, expect, it } from 'vitest';
import { updatedFromFor } from '../../../../components/drafts/time-range';

describe('updatedFromFor', () => {
  const now = new Date(2026, 10, 26, 15, 0).getTime();
  it('counts days back from now', () => {
    expect(now - updatedFromFor('7d', now)).toBe(7 * 86_400_000);
    expect(now - updatedFromFor('30d', now)).toBe(30 * 86_400_000);
  });
  it('starts 今年 at local midnight on 1 January', () => {
    expect(updatedFromFor('year', now)).toBe(new Date(2026, 0, 1).getTime());
  });
});
