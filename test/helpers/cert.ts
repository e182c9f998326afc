import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCert {
  key: string;
  cert: string;
  /** base64 sha256 of the SPKI, for --ignore-certificate-errors-spki-list (works for HSTS hosts). */
  spki: string;
}

/** A throwaway self-signed certificate for the given hostnames (and their subdomains). */
export function makeCert(hosts: readonly string[]): TestCert {
  const dir = mkdtempSync(join(tmpdir(), 'pz-cert-'));
  try {
    const san = hosts.flatMap((h) => [`DNS:${h}`, `DNS:*.${h}`]).concat('IP:127.0.0.1').join(',');
    const cnf = join(dir, 'san.cnf');
    writeFileSync(cnf, `[req]\ndistinguished_name=dn\n[dn]\n[ext]\nsubjectAltName=${san}\nbasicConstraints=CA:FALSE\n`);
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=protocol-zero-fixtures',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-config', cnf, '-extensions', 'ext',
    ], { stdio: 'pipe' });
    const key = readFileSync(join(dir, 'key.pem'), 'utf8');
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const der = createPublicKey(cert).export({ type: 'spki', format: 'der' });
    return { key, cert, spki: createHash('sha256').update(der).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
