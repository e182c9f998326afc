import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROTOCOL_ZERO_EXTENSION_ID } from '@protocol-zero/policies';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const PEM = readFileSync(join(ROOT, 'keys/extension-public-key.pem'), 'utf8');

/** Chrome's id: first 32 hex digits of sha256(SPKI DER), mapped 0-f → a-p. */
const idOf = (der: Buffer) => [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

/** Entry names from a zip's central directory (stored uncompressed). */
function zipNames(zip: Buffer): string[] {
  const names: string[] = [];
  for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), i + 4)) {
    const len = zip.readUInt16LE(i + 28);
    names.push(zip.subarray(i + 46, i + 46 + len).toString('utf8'));
  }
  return names;
}

describe('stable id and keys', () => {
  it('the repo public key gives the id the MDM kit names', () => {
    expect(idOf(createPublicKey(PEM).export({ type: 'spki', format: 'der' }))).toBe(PROTOCOL_ZERO_EXTENSION_ID);
  });

  it('the keys folder holds no private key', () => {
    for (const f of files(join(ROOT, 'keys'))) expect(readFileSync(f, 'utf8'), f).not.toMatch(/PRIVATE KEY/);
  });

  // The built output is checked when present (the e2e globalSetup builds and zips it).
  const dist = join(ROOT, 'dist');
  it.runIf(existsSync(join(dist, 'chrome-mv3', 'manifest.json')))('the build carries the public key and no private key, in the dir and the zip', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(idOf(Buffer.from(manifest.key, 'base64'))).toBe(PROTOCOL_ZERO_EXTENSION_ID);
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    expect(manifest.content_scripts[0].matches).toContain('*://claude.ai/*');
    const pem = /-----BEGIN [A-Z ]*PRIVATE KEY-----\s*[A-Za-z0-9+/=]{40}/; // a real key, not the detector's regex
    for (const f of files(dist)) {
      if (f.endsWith('.zip')) {
        const names = zipNames(readFileSync(f));
        expect(names).toContain('manifest.json');
        for (const n of names) expect(n).not.toMatch(/\.(pem|key|p8|p12|crx)$|private/i);
      } else expect(readFileSync(f, 'latin1'), f).not.toMatch(pem);
    }
  });
});
