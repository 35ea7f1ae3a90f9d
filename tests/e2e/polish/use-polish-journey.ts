import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type ExtensionSession } from '../fixtures/launch-extension';
import { buildPolishTestExtension } from './polish-test-build';

export interface PolishJourney {
  session: ExtensionSession;
}

/** One fresh profile per spec, running the polish test build (optionally with a software WebGPU). */
export function usePolishJourney(options: { webgpu: boolean }): PolishJourney {
  const journey = {} as PolishJourney;
  // A WXT build (about 5 s on a quiet machine) is real work that grows with the machine's load: over 100 s
  // on a loaded 2-core machine, which with the browser's start overran the 120 s hook time-out.
  beforeAll(async () => {
    const extensionDir = buildPolishTestExtension();
    journey.session = await launchExtension({
      extensionDir,
      extraArgs: options.webgpu ? ['--enable-unsafe-webgpu'] : [],
    });
  }, 600_000);
  afterAll(async () => {
    await journey.session?.close();
  });
  return journey;
}
