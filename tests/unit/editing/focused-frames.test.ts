import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFocusedFrames, focusedFrameItem, type FocusedFrame } from '../../../editing/focused-frames';

beforeEach(() => fakeBrowser.reset());

const frame = (frameId: number, gestureAt: number): FocusedFrame => ({
  frameId,
  gestureAt,
  frameOrigin: 'http://127.0.0.1:8080',
  topOrigin: 'http://127.0.0.1:8080',
  target: { kind: 'multiLine', label: '正文' },
});

describe('focused frames', () => {
  it('keeps one session item per tab, under the key earlier versions used', async () => {
    const frames = createFocusedFrames();
    await frames.remember(7, frame(3, 1000));
    await frames.remember(8, frame(0, 1000));
    expect(await fakeBrowser.storage.session.get('focusedFrame:7')).toEqual({ 'focusedFrame:7': frame(3, 1000) });
    expect(await focusedFrameItem(8).getValue()).toEqual(frame(0, 1000));
    // A frame the previous service worker stored raw is still found.
    await fakeBrowser.storage.session.set({ 'focusedFrame:9': frame(2, 500) });
    expect(await frames.get(9)).toEqual(frame(2, 500));
  });

  it('tells the panel through session storage that the target changed', async () => {
    const changed = vi.fn();
    fakeBrowser.storage.session.onChanged.addListener(changed);
    await createFocusedFrames().remember(7, frame(3, 1000));
    expect(changed).toHaveBeenCalledWith({ 'focusedFrame:7': expect.objectContaining({ newValue: frame(3, 1000) }) });
  });

  it('ignores an older gesture reported late, and forgets a closed tab', async () => {
    const frames = createFocusedFrames();
    await Promise.all([frames.remember(7, frame(0, 2000)), frames.remember(7, frame(5, 1000))]);
    expect((await frames.get(7))?.frameId).toBe(0);
    await frames.forget(7);
    expect(await frames.get(7)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
