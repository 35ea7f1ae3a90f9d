import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../components/settings/format-bytes';

describe('formatBytes', () => {
  it('shows a browser quota in GB with one decimal', () => {
    expect(formatBytes(80033.1 * 1024 * 1024)).toBe('78.2 GB');
    expect(formatBytes(1024 ** 3)).toBe('1.0 GB');
  });
  it('keeps MB below 1 GB', () => {
    expect(formatBytes(5.25 * 1024 * 1024)).toBe('5.3 MB');
    expect(formatBytes(0)).toBe('0.0 MB');
  });
});
