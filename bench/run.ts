// `pnpm bench`: every measured claim, one script each, run in sequence so they do not compete for
// the two cores. Each script prints its own figures and ratio against a baseline from the same run.
// `pnpm bench <name…>` runs a subset (names as listed below); extra flags after `--` go to each script.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES: Record<string, { file: string; claim: string; args?: string[] }> = {
  'detect-pii': { file: 'detect/pii.ts', claim: 'PII agreement with Presidio cases; P/R/F1 on presidio-research' },
  'detect-secrets': { file: 'detect/secrets.ts', claim: 'secrets: TP found / FP flagged on gitleaks + detect-secrets cases' },
  'detect-speed': { file: 'detect/speed.ts', claim: 'classify p50/p99 at 1 KB–1 MB, linear growth, adversarial inputs' },
  catalog: { file: 'catalog.ts', claim: 'hostname → app lookup cost vs one Map.get' },
  'sensor-pcap': { file: 'sensor/pcap.ts', claim: 'pcap DNS+SNI extraction vs tshark on the same file' },
  'sensor-proxy-log': { file: 'sensor/proxy-log.ts', claim: 'Squid lines/s vs a plain line count (I/O floor)' },
  ingest: { file: 'ingest.ts', claim: 'collector events/s and ack latency vs raw COPY into the same PostgreSQL' },
  gateway: { file: 'gateway.ts', claim: 'gateway added latency and throughput vs calling the fake model directly' },
  exposure: { file: 'exposure.ts', claim: '100k-trial Monte Carlo, 200 apps × 8 classes × 20 departments' },
  'exposure-api': { file: 'exposure-api.ts', claim: 'overview API p95 with many events in PostgreSQL' },
  'console-load': { file: 'console-load.ts', claim: 'console first load (cold profile, loopback) vs a cold /healthz load' },
  'kb-quality': { file: 'kb/quality.ts', claim: 'Cranfield nDCG@10/recall@100: BM25, dense, hybrid vs MiniSearch' },
  'kb-scale': { file: 'kb/scale.ts', claim: '50k chunks: index time, RSS, ACL-filtered query p50/p95 vs MiniSearch' },
  extension: { file: 'extension.ts', claim: 'real-browser submit latency, 1 MB paste main-thread block, bundle size' },
};

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const names = (dash >= 0 ? argv.slice(0, dash) : argv).filter(Boolean);
const passThrough = dash >= 0 ? argv.slice(dash + 1) : [];
const unknown = names.filter((n) => !BENCHES[n]);
if (unknown.length) {
  console.error(`bench: unknown ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of names.length ? names : Object.keys(BENCHES)) {
  const b = BENCHES[name]!;
  const file = fileURLToPath(new URL(b.file, import.meta.url));
  console.log(`\n=== ${name}: ${b.claim}`);
  if (!existsSync(file)) {
    console.log(`(missing: bench/${b.file})`);
    failed++;
    continue;
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file, ...(b.args ?? []), ...passThrough], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.log(`(${name} exited ${r.status})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
