// The built artefacts the mission runs: the extension and the console, each rebuilt when any source
// is newer than its build (a stale build would hide what has landed), each under a lock.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildExtension, buildIsStale, EXTENSION_BUILD } from '../../helpers/build-extension';
import { ROOT } from './collector-process';

export { EXTENSION_BUILD };

/** The same freshness rule and lock as `pnpm start` (console/scripts/ensure-built.mjs). */
export function ensureConsoleFresh(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'console/scripts/ensure-built.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`console build failed: ${(r.stderr || r.stdout).slice(-800)}`);
}

/** The extension helper's staleness rule, with the build under a lock (a concurrent wxt run kills ours). */
export function ensureExtensionBuilt(): void {
  if (buildIsStale()) buildExtension();
}

export function ensureBuilds(): void {
  ensureExtensionBuilt();
  ensureConsoleFresh();
}
