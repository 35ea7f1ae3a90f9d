import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const polishTestBuildDir = resolve('.output/chrome-mv3-polishtest');

/**
 * Builds the extension with WXT_TEST_ENGINE=fake into its own folder. Only this build honours
 * `?engine=fake`; `npm run build` never sets the variable, so production cannot be switched to the
 * fake. A separate outDir (mode `polishtest`) leaves `.output/chrome-mv3` for the rest of the suite;
 * the build takes about five seconds.
 */
export function buildPolishTestExtension(): string {
  execFileSync('npx', ['wxt', 'build', '--mode', 'polishtest'], {
    env: { ...process.env, WXT_TEST_ENGINE: 'fake' },
    stdio: 'pipe',
  });
  return polishTestBuildDir;
}
