// A real collector for the console E2E: `pz start` as a child process on a fresh embedded database,
// seeded through the public HTTP API only (users, an enrolled device, decision events).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID, createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;
export const PASSWORD = 'e2e-console-password-1';

export interface Server {
  base: string;
  admin: { email: string; password: string };
  deviceToken: string;
  token(email: string, password?: string): Promise<string>;
  call<T>(method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

/** Builds console/dist when it is missing or stale (a stale build would test old code): the same script `pnpm start` runs. */
export function ensureConsoleBuilt(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'console/scripts/ensure-built.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`console build failed: ${(r.stderr || r.stdout).slice(-800)}`);
}

export async function startServer(): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pz-e2e-console-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'collector/src/cli/pz.ts'), 'start', '--port', String(port)], {
    cwd: ROOT, env: { ...process.env, PZ_DATA_DIR: dataDir, LOG_LEVEL: 'warn', PZ_SCHEDULE_JOBS: 'false', HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 150_000;
  let admin: { email: string; password: string } | undefined;
  while (!admin) {
    const m = /First admin login: (\S+) \/ (\S+)/.exec(out);
    if (m) admin = { email: m[1]!, password: m[2]! };
    else if (child.exitCode !== null || Date.now() > deadline) throw new Error(`collector did not start: ${out.slice(-1500)}`);
    else await new Promise((r) => setTimeout(r, 300));
  }
  const base = `http://127.0.0.1:${port}`;
  const call = async <T>(method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(base + path, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const token = async (email: string, password = PASSWORD) => {
    const r = await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (!r.ok) throw new Error(`login ${email}: ${r.status}`);
    return ((await r.json()) as { token: string }).token;
  };
  const adminToken = await token(admin.email, admin.password);
  for (const role of ['analyst', 'executive', 'employee'] as const) {
    const r = await call('POST', '/v1/users', adminToken, { email: `${role}@e2e.example`, displayName: role, role, password: PASSWORD });
    if (r.status !== 201) throw new Error(`create ${role}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  const secret = await call<{ secret: string }>('POST', '/v1/deploy/enrollment-secrets', adminToken, { label: 'e2e' });
  const enroll = await fetch(`${base}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ enrollmentSecret: secret.body.secret, deviceId: 'e2e-device-0001', extensionVersion: '1.0.0', browser: 'chrome' }) });
  if (!enroll.ok) throw new Error(`enroll: ${enroll.status} ${await enroll.text()}`);
  const deviceToken = ((await enroll.json()) as { deviceToken: string }).deviceToken;
  const ingest = await call('POST', '/v1/events', deviceToken, { wireVersion: 1, events: seedEvents(600) });
  if (ingest.status !== 200) throw new Error(`ingest: ${ingest.status} ${JSON.stringify(ingest.body)}`);
  await call('POST', '/v1/exposure/recompute', adminToken);
  return {
    base, admin, deviceToken, token, call,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const APPS = [['chatgpt', 'chatgpt.com'], ['claude', 'claude.ai'], ['deepseek', 'chat.deepseek.com'], ['gemini', 'gemini.google.com']] as const;
const DEPTS = ['engineering', 'sales', 'finance', 'legal'];

/** Content-free decisions as the extension sends them: a mix of coached, redirected, blocked and sent. */
export function seedEvents(n: number, now = Date.now()): object[] {
  return Array.from({ length: n }, (_, i) => {
    const [appId, host] = APPS[i % APPS.length]!;
    const kind = i % 5;
    const base = {
      id: randomUUID(), occurredAt: new Date(now - (i % 28) * 86_400_000 - (i % 3600) * 1000).toISOString(), deviceId: 'e2e-device-0001',
      user: createHash('sha256').update(`user-${i % 40}`).digest('hex').slice(0, 32), department: DEPTS[Math.floor(i / 7) % DEPTS.length], appId, host,
      channel: 'prompt', tier: 'unsanctioned', policyVersion: 1, sizeBytes: 300 + i,
    };
    if (kind === 0) return { ...base, action: 'coach', outcome: 'sent', ruleId: 'coach-personal-data', entities: { EMAIL_ADDRESS: 2 }, classes: ['pii'], severity: 'medium' };
    if (kind === 1) return { ...base, action: 'redirect', outcome: 'redirected', ruleId: 'redirect-sensitive', entities: { EMAIL_ADDRESS: 8, PHONE_NUMBER: 8 }, classes: ['customer_records'], severity: 'high', handoffId: randomUUID() };
    if (kind === 2) return { ...base, action: 'redirect', outcome: 'sent_with_justification', ruleId: 'redirect-sensitive', entities: { EMAIL_ADDRESS: 6 }, classes: ['customer_records'], severity: 'high', justification: 'deadline' };
    if (kind === 3) return { ...base, action: 'block', outcome: 'blocked', ruleId: 'block-secrets', entities: { SECRET: 1 }, classes: ['credentials'], severity: 'critical' };
    return { ...base, action: 'allow', outcome: 'sent', ruleId: null, entities: {}, classes: [], severity: 'none' };
  });
}
