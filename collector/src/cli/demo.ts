// `pnpm demo`: fills an EMPTY install with a realistic 30-day company (~500 employees in 11
// departments), then starts the server like `pnpm start`. Extension decisions come from the real
// classify() + evaluate() over generated prompts and enter through POST /v1/events; the network
// inventory comes from a generated Squid log run through the real sensor CLI (`pz-sensor ship`).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY, type UsagePolicy } from '@protocol-zero/policies';
import { buildApp } from '../app';
import { upsertAppOverride } from '../db/repositories/apps';
import { backdatePolicyVersion, countDecisionEvents, setTenantName } from '../db/repositories/demo';
import { putExposureProfile } from '../db/repositories/exposure';
import { DEFAULT_TENANT, getTenant, insertToken, insertUser, upsertDevice, upsertPseudonym } from '../db/repositories/identity';
import { appendPolicyVersion } from '../db/repositories/policies';
import { generatePassword, generateToken, hashPassword, sha256 } from '../identity/secrets';
import { EnvError, loadEnv } from '../plugins/env';
import { makeCompany } from './demo/company';
import { generateDecisions } from './demo/decisions';
import { identityCsv, squidLog } from './demo/proxy-log';

const USAGE = `usage: pz demo [--no-start] [--password P] [--port N] [--host H]

Fills an empty install (PZ_DATA_DIR or DATABASE_URL) with a 30-day demo company, then starts the
collector. --no-start only fills. --password sets the demo logins' password (default: random, printed).
`;
const DAYS = 30;
const DAY = 86_400_000;
export const DEMO_LOGINS = [
  ['it-admin@acme.example', 'admin', 'IT admin'], ['analyst@acme.example', 'analyst', 'Security analyst'],
  ['caio@acme.example', 'executive', 'Chief AI Officer'], ['employee@acme.example', 'employee', 'Employee'],
] as const;

function run(cmd: string, argv: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
    child.on('error', reject);
    child.on('close', (status) => (clearTimeout(timer), resolve({ status, stdout, stderr })));
  });
}

export async function main(args: string[]): Promise<number> {
  let start = true;
  let password: string | undefined;
  const startArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return void process.stdout.write(USAGE), 0;
    if (a === '--no-start') start = false;
    else if (a === '--password' && args[i + 1]) password = args[++i]!;
    else if ((a === '--port' || a === '--host') && args[i + 1]) startArgs.push(a, args[++i]!);
    else return void process.stderr.write(`pz demo: unknown argument '${a}'\n\n${USAGE}`), 2;
  }
  let env;
  try {
    env = loadEnv({ LOG_LEVEL: 'warn', PZ_SCHEDULE_JOBS: 'false' });
  } catch (err) {
    if (err instanceof EnvError) return void process.stderr.write(`pz demo: ${err.message}\n`), 2;
    throw err;
  }
  const log = (s: string) => process.stdout.write(`${s}\n`);
  const t0 = Date.now();
  const app = await buildApp(env, { logger: false });
  const work = mkdtempSync(join(tmpdir(), 'pz-demo-'));
  try {
    const db = app.db;
    const tenantId = DEFAULT_TENANT;
    if ((await countDecisionEvents(db, tenantId)) > 0) {
      process.stderr.write('pz demo: this install already has events; the demo only fills an empty install (use a fresh PZ_DATA_DIR)\n');
      return 1;
    }
    const now = new Date();
    const tenant = await getTenant(db, tenantId);
    if (!tenant) throw new Error('tenant missing after start-up');
    await setTenantName(db, tenantId, 'Acme Logistics');
    await putExposureProfile(db, tenantId, { industry: 'industrial', annualRevenueUsd: 180_000_000, headcount: 500, regimes: ['gdpr', 'ccpa', 'pci'] }, 'demo');

    // Policy history: the shipped interim policy went live 30 days ago; 10 days ago two copilots
    // were sanctioned under enterprise agreements.
    const v1Date = new Date(now.getTime() - DAYS * DAY);
    const v2Date = new Date(now.getTime() - 10 * DAY);
    await backdatePolicyVersion(db, tenantId, 1, v1Date);
    const v2Policy: UsagePolicy = { ...DEFAULT_POLICY, tiers: { ...DEFAULT_POLICY.tiers, apps: { ...DEFAULT_POLICY.tiers.apps, 'microsoft-copilot': 'sanctioned', 'github-copilot': 'sanctioned' } } };
    const v2 = await appendPolicyVersion(db, tenantId, v2Policy, 'caio@acme.example', 'Sanction Microsoft Copilot and GitHub Copilot (enterprise agreements signed)', 1);
    if (v2 === 'conflict') throw new Error('policy changed during the demo fill');
    await backdatePolicyVersion(db, tenantId, v2.version, v2Date);
    for (const appId of ['microsoft-copilot', 'github-copilot']) await upsertAppOverride(db, { tenantId, appId, tier: 'sanctioned', note: 'enterprise agreement', by: 'caio@acme.example' });

    // People: console logins, and the employee directory behind the audited reveal.
    const pw = password ?? generatePassword();
    const hash = await hashPassword(pw);
    for (const [email, role, name] of DEMO_LOGINS) await insertUser(db, { tenantId, email, displayName: name, role, passwordHash: hash });
    const employees = makeCompany(tenant.pseudonym_key);
    for (const e of employees) await upsertPseudonym(db, tenantId, e.pseudonym, e.email, 'demo directory');
    log(`  company: ${employees.length} employees in ${new Set(employees.map((e) => e.department)).size} departments, ${employees.filter((e) => e.hasExtension).length} with the extension`);

    // Extension decisions → POST /v1/events, one device token per enrolled browser.
    const eras = [{ from: v1Date, version: 1, policy: DEFAULT_POLICY }, { from: v2Date, version: v2.version, policy: v2Policy }];
    const decisions = generateDecisions(employees, eras, DAYS, now);
    let events = 0;
    for (const e of employees) {
      const list = decisions.get(e.email);
      if (!list?.length) continue;
      const deviceId = list[0]!.deviceId;
      const token = generateToken('device');
      await upsertDevice(db, { tenantId, deviceId, browser: 'chrome', extensionVersion: '1.0.0', userPseudonym: e.pseudonym });
      await insertToken(db, { tenantId, kind: 'device', tokenHash: sha256(token), label: deviceId, deviceId });
      for (let i = 0; i < list.length; i += 1000) {
        const res = await app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${token}` }, payload: { wireVersion: 1, events: list.slice(i, i + 1000) } });
        if (res.statusCode !== 200) throw new Error(`event ingest failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
      }
      events += list.length;
    }
    log(`  extension: ${events} decisions (real classify + evaluate) ingested (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

    // Network inventory: a Squid log through the real sensor CLI, shipped to this collector.
    const logFile = join(work, 'access.log');
    const ids = join(work, 'identity.csv');
    writeFileSync(logFile, squidLog(employees, DAYS, now));
    writeFileSync(ids, identityCsv(employees));
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    const sensorToken = generateToken('sensor');
    await insertToken(db, { tenantId, kind: 'sensor', tokenHash: sha256(sensorToken), label: 'demo proxy sensor' });
    const cli = fileURLToPath(new URL('../../../sensors/src/cli.ts', import.meta.url));
    // Asynchronous on purpose: the collector answering the sensor runs in this very process.
    const r = await run(process.execPath, ['--import', 'tsx', cli, 'ship', logFile, '--format', 'squid', '--identity', ids, '--pseudonymize-key', tenant.pseudonym_key,
      '--sensor-id', 'hq-proxy', '--collector', `http://127.0.0.1:${port}`, '--token', sensorToken]);
    if (r.status !== 0) throw new Error(`sensor ship failed (${r.status}): ${(r.stderr || r.stdout).slice(0, 500)}`);
    log(`  sensor: ${r.stdout.trim()} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

    await app.jobs.run('rollup', { days: DAYS + 1 });
    const exp = await app.jobs.run<{ meanUsd: Record<string, number> }>('exposure', { tenantId });
    log(`  exposure: mean annualised loss $${Math.round(exp.meanUsd[tenantId] ?? 0).toLocaleString('en-US')}`);
    log(`  demo logins (password ${password ? 'as given' : pw}): ${DEMO_LOGINS.map(([e, role]) => `${e} (${role})`).join(', ')}`);
    log(`  filled in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
  if (!start) return 0;
  return (await import('./start')).main(startArgs);
}
