import { spawnSync } from 'node:child_process';

/** Runs an npm-installed binary with inherited output; returns whether it exited 0. */
export function runStep(title, command, args, options = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options });
  return result.status === 0;
}
