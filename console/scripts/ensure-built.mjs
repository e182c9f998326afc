// Builds console/dist when it is missing or older than any console or policies source, so `pnpm start`,
// `pnpm demo` and the browser tests never serve a stale console. Serialised with a lock file: several
// processes (test files, CI steps) may ask at once. Calls Vite directly: no package manager on PATH needed.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const consoleDir = fileURLToPath(new URL('..', import.meta.url));
const root = join(consoleDir, '..');

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : st.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) if (e !== 'node_modules') t = Math.max(t, newest(join(path, e)));
  return t;
}

const isFresh = () => {
  const index = join(consoleDir, 'dist/index.html');
  const sources = Math.max(newest(join(consoleDir, 'src')), newest(join(consoleDir, 'index.html')), newest(join(consoleDir, 'vite.config.ts')), newest(join(root, 'policies/src')));
  return existsSync(index) && statSync(index).mtimeMs >= sources;
};

if (!isFresh()) {
  const lock = join(consoleDir, '.build.lock');
  const deadline = Date.now() + 300_000;
  let fd;
  for (;;) {
    try {
      fd = openSync(lock, 'wx');
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('console build: lock held for 5 minutes');
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) unlinkSync(lock); // stale
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (!isFresh()) {
      console.error('building the console (console/dist)…');
      const vite = join(consoleDir, 'node_modules/vite/bin/vite.js');
      const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: consoleDir, stdio: 'inherit' });
      if (r.status !== 0) process.exit(r.status ?? 1);
    }
  } finally {
    closeSync(fd);
    unlinkSync(lock);
  }
}
