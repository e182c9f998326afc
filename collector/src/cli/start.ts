// `pnpm start` / `pz start`: the collector on embedded defaults (PGlite in ./.protocol-zero/data,
// in-process jobs), the console URL, and the first admin login on an empty install.
import { buildApp } from '../app';
import { DEFAULT_TENANT } from '../db/repositories/identity';
import { ensureFirstAdmin } from '../identity/first-admin';
import { EnvError, loadEnv, publicUrl } from '../plugins/env';
import { installShutdown } from '../server';

const USAGE = `usage: pz start [--port N] [--host H]

Starts the collector. Configuration comes from the environment (DATABASE_URL, REDIS_URL, PZ_DATA_DIR,
PORT, HOST, PZ_PUBLIC_URL …; see collector/src/plugins/env.ts). Unset DATABASE_URL → embedded PGlite.
`;

export async function main(args: string[]): Promise<number> {
  const overrides: { PORT?: string; HOST?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      return 0;
    }
    if ((a === '--port' || a === '--host') && args[i + 1]) overrides[a === '--port' ? 'PORT' : 'HOST'] = args[++i]!;
    else {
      process.stderr.write(`pz start: unknown argument '${a}'\n\n${USAGE}`);
      return 2;
    }
  }
  let env;
  try {
    env = loadEnv(overrides);
  } catch (err) {
    if (err instanceof EnvError) {
      process.stderr.write(`pz start: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const app = await buildApp(env);
  await app.listen({ host: env.HOST, port: env.PORT });
  const admin = await ensureFirstAdmin(app.db, DEFAULT_TENANT, env.PZ_DATA_DIR);
  const url = publicUrl(env);
  const lines = [
    '',
    `  Protocol Zero collector — ${app.dbHandle.kind === 'pglite' ? `embedded database in ${env.PZ_DATA_DIR}` : 'PostgreSQL'}, jobs: ${app.jobs.kind}`,
    `  Console:  ${url}/`,
    `  API docs: ${url}/docs`,
  ];
  if (admin?.password) lines.push(`  First admin login: ${admin.email} / ${admin.password}`, `  (stored once in ${admin.file}; change it after signing in)`);
  else if (admin) lines.push(`  Admin login: ${admin.email} (password in ${admin.file})`);
  process.stdout.write(lines.join('\n') + '\n\n');
  void app.jobs.enqueue('rollup', { days: 2 });
  // Stay up until a signal; the shutdown drains in-flight requests before closing the database.
  return new Promise<number>((resolve) => installShutdown(app, resolve));
}
