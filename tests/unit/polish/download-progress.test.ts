import { describe, expect, it } from 'vitest';
import { createProgressTracker, fetchedBytes } from '../../../polish/download-progress';

const MB = 1024 * 1024;

describe('download progress', () => {
  it('reads bytes from WebLLM report text', () => {
    expect(fetchedBytes('Fetching param cache[3/40]: 512MB fetched. 12% completed, 30 secs elapsed.')).toBe(512 * MB);
    expect(fetchedBytes('Loading model from cache[1/40]')).toBeNull();
  });

  it('computes percent, speed and time left from an injected clock', () => {
    let now = 0;
    const track = createProgressTracker(1000 * MB, () => now);
    expect(track({ fraction: 0.1, text: '100MB fetched' })).toMatchObject({
      percent: 10,
      loadedBytes: 100 * MB,
      bytesPerSecond: null,
      etaSeconds: null,
    });
    now = 10_000;
    expect(track({ fraction: 0.3, text: '300MB fetched' })).toMatchObject({
      percent: 30,
      bytesPerSecond: 20 * MB,
      etaSeconds: 35,
    });
  });
});
