import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEngineChoice } from '../../../components/polish/use-engine-choice';
import { usePlainTextIndent } from '../../../components/templates/use-plain-text-indent';
import { engineChoiceItem } from '../../../polish/cpu-engine-items';
import { settingsRepository } from '../../../storage/default-database';
import { renderHook } from './render-hook';

/** A promise for `value` that settles only when `settle` is called: a read slow on a loaded machine. */
function late<T>(value: Promise<T>) {
  let settle: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (settle = resolve));
  return { promise: gate.then(() => value), settle };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// A choice made before the stored value was read back must not be replaced by that older value (CI under
// load: a part chosen in the panel was overwritten this way; these hooks read the same way).
describe('a choice made before the stored one is read', () => {
  it('keeps the engine chosen', async () => {
    await engineChoiceItem.setValue('cpu');
    const read = late(engineChoiceItem.getValue());
    vi.spyOn(engineChoiceItem, 'getValue').mockReturnValueOnce(read.promise);
    const hook = await renderHook(useEngineChoice, null);
    await hook.act(() => hook.result.current.setChoice('webgpu'));
    await hook.act(async () => {
      read.settle();
      await read.promise;
    });
    expect(hook.result.current.choice).toBe('webgpu');
    expect(await engineChoiceItem.getValue()).toBe('webgpu');
    await hook.unmount();
  });

  it('keeps 段首空两格 as set', async () => {
    await settingsRepository.set('plainTextIndent', true);
    const read = late(settingsRepository.get('plainTextIndent'));
    vi.spyOn(settingsRepository, 'get').mockReturnValueOnce(read.promise);
    const hook = await renderHook(usePlainTextIndent, undefined);
    await hook.act(() => hook.result.current[1](false));
    await hook.act(async () => {
      read.settle();
      await read.promise;
    });
    expect(hook.result.current[0]).toBe(false);
    await vi.waitFor(async () => expect(await settingsRepository.get('plainTextIndent')).toBe(false));
    await hook.unmount();
  });

  it('keeps 段首空两格 changed right before the panel closed, when the write did not land', async () => {
    await settingsRepository.set('plainTextIndent', true);
    const lost = vi.spyOn(settingsRepository, 'set').mockReturnValueOnce(new Promise(() => undefined));
    const closing = await renderHook(usePlainTextIndent, undefined);
    await closing.act(() => closing.result.current[1](false));
    await closing.unmount();
    lost.mockRestore();
    const next = await renderHook(usePlainTextIndent, undefined);
    expect(next.result.current[0]).toBe(false);
    await vi.waitFor(async () => expect(await settingsRepository.get('plainTextIndent')).toBe(false));
    await next.unmount();
  });
});
