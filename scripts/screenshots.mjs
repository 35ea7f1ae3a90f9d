// `npm run screenshots`: refreshes the README's images in docs/ by running the E2E journeys that take them
// with the screenshot folder set to docs/ (a test run writes them to test-results/ instead).
import { runStep } from './run-step.mjs';

const journeys = [
  'tests/e2e/walking-skeleton.spec.ts',
  'tests/e2e/drafts-search.spec.ts',
  'tests/e2e/polish/polish-flow.spec.ts',
  'tests/e2e/first-week/finding-the-way.spec.ts',
  'tests/e2e/typeset/export-and-print.spec.ts',
];
const env = { ...process.env, WENSHU_SCREENSHOT_DIR: 'docs' };
const ok =
  runStep('build the extension', 'npx', ['wxt', 'build']) &&
  runStep('journeys that take the README screenshots', 'npx', ['vitest', 'run', '--project', 'e2e', ...journeys], {
    env,
  });
process.exit(ok ? 0 : 1);
