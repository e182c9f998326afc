// `pnpm check`: typecheck every package, then lint the workspace. Fails on the first error.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const packages = ['policies', 'sensors', 'collector', 'console', 'extension', 'test', 'bench'];
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.error) console.error(`check: cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) process.exit(r.status ?? 1);
};
for (const p of packages) {
  console.log(`typecheck ${p}`);
  run(bin('tsc'), ['-p', p, '--noEmit']);
}
console.log('lint');
run(bin('eslint'), ['.', '--max-warnings=0']);
console.log('check: ok');
