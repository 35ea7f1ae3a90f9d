import { describe, expect, it } from 'vitest';
import { useInsertPart } from '../../../components/use-insert-part';
import { renderHook } from './render-hook';

// The insert button re-renders with every keystroke in the body; its options are memoized on this setter.
describe('useInsertPart', () => {
  it('keeps the insert part setter the same function while the target is', async () => {
    const hook = await renderHook(useInsertPart, null);
    const [, choose] = hook.result.current;
    await hook.rerender(null);
    expect(hook.result.current[1]).toBe(choose);
    await hook.act(() => choose('body'));
    expect(hook.result.current[0]).toBe('body');
    await hook.unmount();
  });
});
