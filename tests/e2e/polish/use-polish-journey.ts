import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type ExtensionSession } from '../fixtures/launch-extension';
import { buildPolishTestExtension } from './polish-test-build';

export interface PolishJourney {
  session: ExtensionSession;
}

/** One fresh profile per spec, running the polish test build (optionally with a software WebGPU). */
export function usePolishJourney(options: { webgpu: boolean }): PolishJourney {
  const journey = {} as PolishJourney;
  beforeAll(async () => {
    const extensionDir = buildPolishTestExtension();
    journey.session = await launchExtension({
      extensionDir,
      extraArgs: options.webgpu ? ['--enable-unsafe-webgpu'] : [],
    });
  });
  afterAll(async () => {
    await journey.session?.close();
  });
  return journey;
}
