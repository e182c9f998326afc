import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Vitest globalSetup for the e2e project: builds the extension (wxt zip = build + zip) when the
// build is missing or older than any source it is made from. Add to test/vitest.config.ts:
//   globalSetup: ['helpers/build-extension.ts']
export const ROOT = new URL('../..', import.meta.url).pathname;
export const EXTENSION_DIR = join(ROOT, 'extension');
export const EXTENSION_BUILD = join(EXTENSION_DIR, 'dist', 'chrome-mv3');
const SOURCES = ['extension/src', 'extension/entrypoints', 'extension/keys', 'extension/wxt.config.ts', 'extension/package.json', 'policies/src'];

function newest(path: string): number {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of readdirSync(full, { withFileTypes: true })) {
    if (e.name === 'node_modules' || /\.test\.tsx?$|\.md$/.test(e.name)) continue;
    t = Math.max(t, newest(join(path, e.name)));
  }
  return t;
}

export function buildIsStale(): boolean {
  const manifest = join(EXTENSION_BUILD, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newest(s) > built);
}

/**
 * `wxt zip` (build + zip) under a lock: two concurrent builds of one checkout kill each other. WXT's
 * own bin is called directly, so no package manager needs to be on PATH (CI runs through npx).
 */
export function buildExtension(): void {
  const wxt = join(EXTENSION_DIR, 'node_modules/.bin/wxt');
  execFileSync('flock', ['/tmp/pz-extension-build.lock', wxt, 'zip'], { cwd: EXTENSION_DIR, stdio: 'inherit' });
}

export default function setup(): void {
  // PZ_REUSE_EXTENSION_BUILD=1: keep an existing build while iterating on tests (never in CI).
  if (process.env.PZ_REUSE_EXTENSION_BUILD === '1' && !process.env.CI && existsSync(join(EXTENSION_BUILD, 'manifest.json'))) return;
  if (buildIsStale()) buildExtension();
}
