// `pz` — the one command-line entry. Each subcommand lives in its own module, loaded on demand so
// `pz scan` never pays for the server's imports. Sensors run as a child process (nothing imports sensors).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Subcommand = { summary: string; run: (args: string[]) => Promise<number> };

const SUBCOMMANDS: Record<string, Subcommand> = {
  scan: { summary: 'find sensitive data in files or stdin (pz scan [FILES|-] [--format json|table|presidio])', run: async (a) => (await import('./scan')).main(a) },
  start: { summary: 'start the collector on embedded defaults and print the console URL', run: async (a) => (await import('./start')).main(a) },
  demo: { summary: 'fill an empty install with a 30-day demo company, then start', run: async (a) => (await import('./demo')).main(a) },
  sensor: { summary: 'network discovery sensor (pz sensor scan|ship|tail …)', run: async (a) => runSensor(a) },
  kb: { summary: 'knowledge base (pz kb ingest|eval …)', run: async (a) => (await import('./kb')).main(a) },
};

async function runSensor(args: string[]): Promise<number> {
  const cli = fileURLToPath(new URL('../../../sensors/src/cli.ts', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: 'inherit' });
  return r.status ?? 1;
}

function usage(): string {
  const rows = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(8)} ${s.summary}`);
  return `usage: pz <command> [args]\n\n${rows.join('\n')}\n`;
}

const [name, ...rest] = process.argv.slice(2);
const sub = name ? SUBCOMMANDS[name] : undefined;
if (!sub) {
  process.stderr.write(name && name !== '--help' && name !== '-h' ? `pz: unknown command '${name}'\n\n${usage()}` : usage());
  process.exit(name && name !== '--help' && name !== '-h' ? 2 : 0);
}
process.exitCode = await sub.run(rest);
