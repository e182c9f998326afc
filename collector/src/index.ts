// Public surface for tests, benches and tooling in other folders (apps talk HTTP, not imports).
export { buildApp, type BuildOptions } from './app';
export { startServer, installShutdown } from './server';
export { loadEnv, parseEnv, EnvSchema, EnvError, type Env } from './plugins/env';
export { ERRORS, AppError, type ErrorCode } from './errors';
export { AUTH, type Access, type AuthRule, type Principal } from './plugins/auth';
export type { LiveMessage } from './live/feed';
