// `pnpm check`: typecheck every package, then lint the workspace. Fails on the first error.
import { spawnSync } from 'node:child_process';

const packages = ['policies', 'sensors', 'collector', 'console', 'extension', 'test'];
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
for (const p of packages) {
  console.log(`typecheck ${p}`);
  run('tsc', ['-p', p, '--noEmit']);
}
run('eslint', ['.', '--max-warnings=0']);
