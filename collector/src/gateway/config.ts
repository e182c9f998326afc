// Builds the gateway from the environment. Variables (all optional; plugins/env.ts validates):
//   ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL      Claude via the SDK (base URL for proxies and tests)
//   OPENAI_COMPAT_BASE_URL / _API_KEY           self-hosted model (Ollama, vLLM, llama.cpp)
//   PZ_GATEWAY_LOCAL_MODEL                      model name on that server
//   PZ_GATEWAY_LOCAL_AT_SEVERITY                prompts at/above this severity go local ('never')
//   PZ_GATEWAY_MODEL_FRONTIER / _WORKER         the tier table
//   PRESIDIO_ANALYZER_URL                       merge a Presidio analyzer's findings (fail closed)
//   PZ_GATEWAY_VAULT_KEY                        32-byte master key (base64/base64url/hex); when unset
//                                               a key file is created in PZ_DATA_DIR (mode 0600)
//   PZ_GATEWAY_VAULT_TTL_HOURS, PZ_GATEWAY_HANDOFF_TTL_SECONDS, PZ_GATEWAY_ANALYSIS_TIMEOUT_MS
//   PZ_GATEWAY_ANALYSIS_WORKERS                 detection threads (default: cores − 1, 1–4; 0 = none)
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classify } from '@protocol-zero/policies';
import type postgres from 'postgres';
import type { Db } from '../db/database';
import type { Env } from '../plugins/env';
import { AnalysisPool } from './analysis-pool';
import { type Analyzer, cached, localAnalyzer, withPresidio } from './analyze';
import { AuditWriter } from './audit';
import { BudgetLedger } from './budgets';
import { deriveVaultKeys, type VaultKeys } from './crypto';
import { PresidioClient } from './presidio-client';
import { anthropicProvider } from './providers/anthropic';
import { openAiCompatProvider } from './providers/openai-compat';
import type { RouterConfig } from './providers/router';
import { Gateway } from './service';
import { Vault } from './vault';

export function parseMasterKey(s: string): Buffer {
  const t = s.trim();
  const b = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, t.includes('-') || t.includes('_') ? 'base64url' : 'base64');
  if (b.length !== 32) throw new Error('PZ_GATEWAY_VAULT_KEY must decode to 32 bytes (64 hex chars or 44 base64 chars)');
  return b;
}

/** The configured key, or one kept beside the embedded data (never in the database it protects). */
export function loadVaultKeys(env: Env): VaultKeys {
  if (env.PZ_GATEWAY_VAULT_KEY) return deriveVaultKeys(parseMasterKey(env.PZ_GATEWAY_VAULT_KEY));
  const file = path.join(env.PZ_DATA_DIR, 'gateway-vault.key');
  if (!existsSync(file)) {
    mkdirSync(env.PZ_DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return deriveVaultKeys(parseMasterKey(readFileSync(file, 'utf8')));
}

export function routerConfig(env: Env): RouterConfig {
  const anthropic = env.ANTHROPIC_API_KEY ? anthropicProvider({ apiKey: env.ANTHROPIC_API_KEY, baseURL: env.ANTHROPIC_BASE_URL }) : undefined;
  const local = env.OPENAI_COMPAT_BASE_URL
    ? { provider: openAiCompatProvider({ baseURL: env.OPENAI_COMPAT_BASE_URL, apiKey: env.OPENAI_COMPAT_API_KEY }), model: env.PZ_GATEWAY_LOCAL_MODEL ?? 'llama3.1' }
    : undefined;
  return { anthropic, local, tiers: { frontier: env.PZ_GATEWAY_MODEL_FRONTIER, worker: env.PZ_GATEWAY_MODEL_WORKER }, localAtSeverity: env.PZ_GATEWAY_LOCAL_AT_SEVERITY };
}

export function analyzerFor(env: Env, pool?: AnalysisPool): Analyzer {
  // Only the local detectors are memoised: a remote analyzer is asked every time, so its failures still fail closed.
  const local = cached(pool ? pool.analyze : localAnalyzer);
  return env.PRESIDIO_ANALYZER_URL ? withPresidio(local, new PresidioClient(env.PRESIDIO_ANALYZER_URL)) : local;
}

export interface GatewayRuntime {
  gateway: Gateway;
  vault: Vault;
  budgets: BudgetLedger;
  audit: AuditWriter;
  analyzer: Analyzer;
  router: RouterConfig;
  keys: VaultKeys;
  /** Detection threads, when configured; closed with the app. */
  pool: AnalysisPool | undefined;
}

export function buildGateway(env: Env, db: Db, onError: (err: unknown) => void, pg?: postgres.Sql): GatewayRuntime {
  const keys = loadVaultKeys(env);
  // The detectors build their tables on first use (~0.3 s): pay that at start-up, not on a user's prompt.
  classify('warm-up jane@example.com');
  const vault = new Vault(db, keys, { ttlMs: env.PZ_GATEWAY_VAULT_TTL_HOURS * 3_600_000 }, pg);
  const budgets = new BudgetLedger(db);
  const audit = new AuditWriter(db, onError);
  const pool = env.PZ_GATEWAY_ANALYSIS_WORKERS > 0 ? new AnalysisPool(env.PZ_GATEWAY_ANALYSIS_WORKERS) : undefined;
  const analyzer = analyzerFor(env, pool);
  const router = routerConfig(env);
  const gateway = new Gateway({ vault, analyzer, analysisTimeoutMs: env.PZ_GATEWAY_ANALYSIS_TIMEOUT_MS, router, budgets, audit });
  return { gateway, vault, budgets, audit, analyzer, router, keys, pool };
}
