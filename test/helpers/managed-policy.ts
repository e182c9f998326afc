import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian Chromium reads mandatory policy on Linux. */
export const CHROMIUM_MANAGED_DIR = '/etc/chromium/policies/managed';

/**
 * Writes a managed policy file (e.g. the MDM kit's chrome-json) for the next Chromium start and
 * returns a remover. Machine-wide while it exists, so keep the window short and always remove it.
 */
export function writeManagedPolicy(name: string, policy: unknown): () => void {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error('policy file name: lower-case letters, digits, dashes');
  mkdirSync(CHROMIUM_MANAGED_DIR, { recursive: true });
  const file = join(CHROMIUM_MANAGED_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify(policy, null, 2));
  return () => rmSync(file, { force: true });
}
