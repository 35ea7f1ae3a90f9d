// `npm test`: typecheck, lint (with the import layering rules), format check, build, then unit and E2E
// tests in one Vitest run; ends with one plain summary line, `N passed, N failed`, that counts each static
// check as one test beside the unit and E2E tests.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { browserMissingMessage, findBrowser } from './find-browser.mjs';
import { runStep } from './run-step.mjs';

const resultsFile = 'test-results/vitest.json';
let passed = 0;
let failed = 0;
let skipped = 0;

const staticChecks = [
  ['typecheck', ['tsc', '--noEmit']],
  ['lint and import layering', ['eslint', '.']],
  ['format check', ['prettier', '--check', '.']],
];
for (const [title, args] of staticChecks) {
  if (runStep(title, 'npx', args)) passed += 1;
  else failed += 1;
}

const browser = findBrowser();
if (!browser) console.error(`\n✖ ${browserMissingMessage}\n`);
else console.log(`\nbrowser for E2E: ${browser}`);

const built = runStep('build the extension', 'npx', ['wxt', 'build']);
if (!built) failed += 1;

mkdirSync('test-results', { recursive: true });
rmSync(resultsFile, { force: true });
const projects = built ? [] : ['--project', 'unit'];
runStep('unit and E2E tests', 'npx', [
  'vitest',
  'run',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
]);

if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A file that fails before its tests run (e.g. no browser) has no failed test but must count.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed'),
  );
  failed += brokenFiles.length;
} else {
  console.error('✖ Vitest wrote no report: the test run itself crashed.');
  failed += 1;
}
if (!browser) failed += 1;

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && skipped === 0 ? 0 : 1);
