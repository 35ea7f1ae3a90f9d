import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { PolishView } from '../../../components/polish/PolishView';
import { loadMessages } from '../../../i18n/load-messages';
import { MessagesProvider } from '../../../i18n/use-translation';
import type { MachineEnv } from '../../../polish/check-machine';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let unmount: (() => void) | undefined;
afterEach(() => act(() => unmount?.()));

describe('the 润色 view', () => {
  it('asks the browser for a GPU adapter once, and both the engine choice and the model list see the answer', async () => {
    let requests = 0;
    const machine: MachineEnv = {
      gpu: {
        requestAdapter: () => {
          requests += 1;
          // Hardware acceleration off: no adapter, so neither engine worker is started in this test.
          return Promise.resolve(null);
        },
      },
    };
    const env = () => machine;
    const messages = await loadMessages('zh_CN');
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    unmount = () => root.unmount();
    await act(async () => {
      root.render(
        <MessagesProvider value={messages}>
          <PolishView request={null} machine={env} />
        </MessagesProvider>,
      );
      await Promise.resolve();
    });
    await act(() => new Promise((done) => setTimeout(done, 0)));
    // The engine choice got the report (it is only drawn once there is one)…
    expect(container.querySelector('select')).not.toBeNull();
    expect(container.textContent).toContain('润色引擎');
    expect(requests).toBe(1);
  });
});
