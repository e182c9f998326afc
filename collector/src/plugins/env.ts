// The ONLY reader of process.env in the collector. Read once at start-up, validated, then passed down
// as a plain object: tests build an Env directly, and a typo in a deployment fails before listen.
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

/**
 * One schema for every capability. Capabilities add their variables here (with a default or
 * `.optional()`), never read process.env themselves.
 */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: int(8787).pipe(z.number().max(65535)),
  /** Public base URL used in links we hand out (policy URL, assistant URL). Defaults to http://HOST:PORT. */
  PZ_PUBLIC_URL: optionalUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  /** Unset → embedded PGlite in PZ_DATA_DIR; set → PostgreSQL via postgres.js. */
  DATABASE_URL: optionalUrl,
  /** Unset → in-process jobs and live feed; set → BullMQ + Redis pub/sub. */
  REDIS_URL: optionalUrl,
  /** Prefix of every Redis key and channel (several installs, or test runs, can share one Redis). */
  PZ_REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/).default('pz'),
  /** Run the scheduled jobs (roll-ups, retention) in this process. */
  PZ_SCHEDULE_JOBS: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  PZ_DATA_DIR: z.string().min(1).default('./.protocol-zero/data'),
  /** Built console to serve at `/`; unset → console/dist of this checkout when it exists. */
  PZ_CONSOLE_DIR: optionalString,

  /** Console session lifetime. */
  PZ_SESSION_TTL_HOURS: int(12, 1),
  /** Raw decision events older than this are deleted (daily roll-ups are kept). */
  PZ_RETENTION_DAYS: int(90, 1),
  /** Largest accepted request body (bytes): a full 1000-event batch is ~600 KB. */
  PZ_BODY_LIMIT_BYTES: int(2 * 1024 * 1024, 1024),
  /** Ingest requests per minute per token (device or sensor). */
  PZ_INGEST_RATE_PER_MINUTE: int(600, 1),
  /** Login attempts per minute per client address. */
  PZ_LOGIN_RATE_PER_MINUTE: int(20, 1),
  /** Connections in the PostgreSQL pool. */
  PZ_DB_POOL_SIZE: int(10, 1),

  // Room for the other capabilities (gateway, knowledge base): add, never read elsewhere.
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: optionalUrl,
  OPENAI_COMPAT_BASE_URL: optionalUrl,
  OPENAI_COMPAT_API_KEY: optionalString,
  PRESIDIO_ANALYZER_URL: optionalUrl,
  // Knowledge base (collector/src/kb/README.md): Qdrant when set, embedded store otherwise; pretrained
  // embeddings from an OpenAI-compatible endpoint when set, corpus-trained LSA otherwise.
  QDRANT_URL: optionalUrl,
  QDRANT_API_KEY: optionalString,
  PZ_KB_COLLECTION: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).default('protocol_zero_kb'),
  EMBEDDINGS_URL: optionalUrl,
  EMBEDDINGS_MODEL: z.string().min(1).default('nomic-embed-text'),
  EMBEDDINGS_API_KEY: optionalString,
  PZ_KB_LSA_DIMS: int(200, 2),
  PZ_KB_FUSION: z.enum(['weighted', 'rrf']).default('weighted'),
  PZ_KB_BM25_WEIGHT: z.coerce.number().min(0).max(1).default(0.3),
  /** Derives the MDM kit's enrollment secret (identity/kit-secret.ts); unset: a key file in PZ_DATA_DIR. */
  PZ_ENROLLMENT_KEY: optionalString,
  // Gateway (collector/src/gateway/config.ts explains each).
  PZ_GATEWAY_VAULT_KEY: optionalString,
  PZ_GATEWAY_MODEL_FRONTIER: z.string().min(1).default('claude-opus-5-5'),
  PZ_GATEWAY_MODEL_WORKER: z.string().min(1).default('claude-haiku-4-5'),
  PZ_GATEWAY_LOCAL_MODEL: optionalString,
  PZ_GATEWAY_LOCAL_AT_SEVERITY: z.enum(['low', 'medium', 'high', 'critical', 'never']).default('never'),
  PZ_GATEWAY_VAULT_TTL_HOURS: int(24, 1),
  PZ_GATEWAY_HANDOFF_TTL_SECONDS: int(300, 10),
  PZ_GATEWAY_ANALYSIS_TIMEOUT_MS: int(2000, 10),
  // Detection threads beside the request thread; 0 analyses on the request thread itself.
  PZ_GATEWAY_ANALYSIS_WORKERS: int(Math.min(4, Math.max(1, availableParallelism() - 1))),
});

export type Env = z.infer<typeof EnvSchema>;
export type EnvInput = z.input<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly variables: string[], message: string) {
    super(message);
    this.name = 'EnvError';
  }
}

/** Validates an environment; the error names each bad variable (never its value: it may be a secret). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const r = EnvSchema.safeParse(source);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${String(i.path[0] ?? '?')}: ${i.message}`);
  const names = [...new Set(r.error.issues.map((i) => String(i.path[0] ?? '?')))];
  throw new EnvError(names, `invalid environment:\n${lines.join('\n')}`);
}

export function loadEnv(overrides: Partial<Record<keyof EnvInput, string>> = {}): Env {
  return parseEnv({ ...process.env, ...overrides });
}

/** Real services for the test suite; unset → those tests skip visibly. */
export function testTargets(): { databaseUrl?: string; redisUrl?: string } {
  const databaseUrl = process.env.PZ_TEST_DATABASE_URL || undefined;
  const redisUrl = process.env.PZ_TEST_REDIS_URL || undefined;
  return { ...(databaseUrl ? { databaseUrl } : {}), ...(redisUrl ? { redisUrl } : {}) };
}

export function publicUrl(env: Env): string {
  return (env.PZ_PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${env.PORT}`).replace(/\/$/, '');
}
