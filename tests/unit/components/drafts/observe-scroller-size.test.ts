import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { observeScrollerSize } from '../../../../components/drafts/observe-scroller-size';

/** A scroller whose size reads are counted (each would force a layout) and a ResizeObserver the test fires. */
function setUp() {
  const reads: string[] = [];
  const element = {
    get clientWidth() {
      reads.push('clientWidth');
      return 440;
    },
    get clientHeight() {
      reads.push('clientHeight');
      return 610;
    },
  };
  const observers: { fire: () => void; observed: unknown[]; disconnected: boolean }[] = [];
  class FakeResizeObserver {
    observed: unknown[] = [];
    disconnected = false;
    constructor(private readonly callback: () => void) {
      observers.push(this);
    }
    fire() {
      this.callback();
    }
    observe(target: unknown) {
      this.observed.push(target);
    }
    disconnect() {
      this.disconnected = true;
    }
  }
  const list = { scrollElement: element, targetWindow: { ResizeObserver: FakeResizeObserver } };
  return { reads, element, observers, list: list as unknown as Virtualizer<HTMLDivElement, Element> };
}

describe('observeScrollerSize', () => {
  it('reads no size when it attaches (a forced layout in the commit), then reports each observed size', () => {
    const { reads, element, observers, list } = setUp();
    const sizes: unknown[] = [];
    const stop = observeScrollerSize(list, (rect) => sizes.push(rect));
    expect(reads).toEqual([]);
    expect(sizes).toEqual([]);
    expect(observers[0].observed).toEqual([element]);
    observers[0].fire();
    expect(sizes).toEqual([{ width: 440, height: 610 }]);
    stop?.();
    expect(observers[0].disconnected).toBe(true);
  });

  it('does nothing without a scroller or without ResizeObserver', () => {
    const { list } = setUp();
    const none = { ...list, scrollElement: null } as unknown as typeof list;
    expect(observeScrollerSize(none, () => {})).toBeUndefined();
    const old = { ...list, targetWindow: {} } as unknown as typeof list;
    expect(observeScrollerSize(old, () => {})).toBeUndefined();
  });
});
