// The real collector as a child process (`pz start`), on a fresh database in either storage mode:
// PostgreSQL + Redis (BullMQ) when the test env names them, embedded PGlite + in-process jobs always.
// Everything it prints is kept: the mission scans those logs for leaked prompt values.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;

export interface StorageMode {
  name: string;
  /** Server database URL (a fresh database is created in it per run); unset → PGlite. */
  databaseUrl?: string;
  redisUrl?: string;
}

/** PostgreSQL+Redis only when CI (or the developer) points the tests at them; PGlite always. */
export function storageModes(): StorageMode[] {
  const pg = process.env.PZ_TEST_DATABASE_URL || undefined;
  const redis = process.env.PZ_TEST_REDIS_URL || undefined;
  const modes: StorageMode[] = [];
  if (pg && redis) modes.push({ name: 'PostgreSQL + Redis (BullMQ)', databaseUrl: pg, redisUrl: redis });
  modes.push({ name: 'PGlite + in-process jobs' });
  return modes;
}

export interface Collector {
  base: string;
  dataDir: string;
  /** The fresh database of this run (PostgreSQL mode), for the dump. */
  databaseUrl?: string;
  admin: { email: string; password: string };
  /** stdout + stderr so far. */
  logs(): string;
  login(email: string, password: string): Promise<string>;
  call<T>(method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: T; text: string }>;
  /** SIGTERM and wait (graceful shutdown flushes the gateway's audit buffer). */
  stop(): Promise<void>;
  /** Stop if running, drop the database, remove the data directory. */
  cleanup(): Promise<void>;
}

function psql(url: string, sql: string): void {
  const r = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`psql failed (${sql.split(' ').slice(0, 2).join(' ')}): ${r.stderr}`);
}

/** A fresh database beside the one the env names (superuser), dropped again in cleanup. */
function freshDatabase(serverUrl: string): { url: string; drop(): void } {
  const name = `pz_mission_${Date.now()}_${randomBytes(3).toString('hex')}`;
  psql(serverUrl, `create database ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => psql(serverUrl, `drop database if exists ${name} with (force)`) };
}

/** This run's queues and channels only (the prefix is unique per run; Redis is shared). */
function dropRedisKeys(url: string, prefix: string): void {
  const keys = spawnSync('redis-cli', ['-u', url, '--scan', '--pattern', `${prefix}*`], { encoding: 'utf8', timeout: 30_000 }).stdout.split('\n').filter(Boolean);
  for (let i = 0; i < keys.length; i += 500) spawnSync('redis-cli', ['-u', url, 'del', ...keys.slice(i, i + 500)], { timeout: 30_000 });
}

export async function startCollector(mode: StorageMode, extraEnv: Record<string, string>): Promise<Collector> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pz-mission-'));
  const db = mode.databaseUrl ? freshDatabase(mode.databaseUrl) : undefined;
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const redisPrefix = `pzm-${randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PZ_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'info', PZ_SCHEDULE_JOBS: 'false', NODE_ENV: 'test',
    DATABASE_URL: db?.url ?? '', REDIS_URL: mode.redisUrl ?? '', PZ_REDIS_PREFIX: redisPrefix,
    ...extraEnv,
  };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'collector/src/cli/pz.ts'), 'start', '--port', String(port)], {
    cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 180_000;
  let admin: { email: string; password: string } | undefined;
  while (!admin) {
    const m = /First admin login: (\S+) \/ (\S+)/.exec(out);
    if (m) admin = { email: m[1]!, password: m[2]! };
    else if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      db?.drop();
      throw new Error(`collector did not start (${mode.name}): ${out.slice(-2000)}`);
    } else await new Promise((r) => setTimeout(r, 300));
  }
  const base = `http://127.0.0.1:${port}`;
  const call = async <T>(method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = null;
    try { parsed = text ? JSON.parse(text) : null; } catch { parsed = null; }
    return { status: res.status, body: parsed as T, text };
  };
  const login = async (email: string, password: string) => {
    const r = await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (!r.ok) throw new Error(`login ${email}: HTTP ${r.status}`);
    return ((await r.json()) as { token: string }).token;
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(t);
    }
  };
  return {
    base, dataDir, admin, login, call, stop, logs: () => out,
    ...(db ? { databaseUrl: db.url } : {}),
    async cleanup() {
      await stop();
      db?.drop();
      if (mode.redisUrl) dropRedisKeys(mode.redisUrl, redisPrefix);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
