import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDismissTimer } from '../../../../components/toast/dismiss-timer';

describe('createDismissTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('dismisses after the delay', () => {
    const dismiss = vi.fn();
    createDismissTimer(dismiss, 5000);
    vi.advanceTimersByTime(4999);
    expect(dismiss).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(dismiss).toHaveBeenCalledOnce();
  });

  it('never dismisses while focused or hovered, and gives the full delay again afterwards', () => {
    const dismiss = vi.fn();
    const timer = createDismissTimer(dismiss, 5000);
    timer.pause('focus');
    timer.pause('pointer');
    vi.advanceTimersByTime(60_000);
    timer.resume('focus');
    vi.advanceTimersByTime(60_000);
    expect(dismiss).not.toHaveBeenCalled();
    timer.resume('pointer');
    vi.advanceTimersByTime(4999);
    expect(dismiss).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(dismiss).toHaveBeenCalledOnce();
  });

  it('stops for good', () => {
    const dismiss = vi.fn();
    createDismissTimer(dismiss, 5000).stop();
    vi.advanceTimersByTime(10_000);
    expect(dismiss).not.toHaveBeenCalled();
  });
});
