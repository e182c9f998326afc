// Claim: Squid access.log parsing runs ≥ 1M lines/s on one core, and costs a small multiple of just
// reading the file (the I/O floor: `wc -l` and a Node newline count over the same bytes).
// Usage: pnpm exec tsx bench/sensor/proxy-log.ts [--size MB] (default 100)
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSource } from '../../sensors/src/inputs/source';
import { Inventory } from '../../sensors/src/inventory/inventory';

const { values } = parseArgs({ options: { size: { type: 'string', default: '100' } } });
const sizeMb = Number(values.size);
if (!Number.isFinite(sizeMb) || sizeMb <= 0) { console.error('--size must be a positive number of MB'); process.exit(2); }

const HOSTS = ['chatgpt.com', 'api.openai.com', 'claude.ai', 'www.example.com', 'cdn.example.net', 'gemini.google.com', 'news.example.org', 'login.microsoftonline.com'];
const USERS = ['alice', 'bob', '-', 'carol', '-', 'dave'];

async function writeLog(file: string, bytes: number): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  let lines = 0;
  let t = 1_700_000_000_000;
  while (written < bytes) {
    const batch: string[] = [];
    for (let i = 0; i < 10_000; i++, lines++) {
      t += 7;
      const h = HOSTS[lines % HOSTS.length]!;
      const connect = lines % 3 !== 0;
      batch.push(`${(t / 1000).toFixed(3)} ${String(lines % 9000).padStart(6)} 10.1.${lines % 200}.${lines % 250} ${connect ? 'TCP_TUNNEL/200' : 'TCP_MISS/200'} ${(lines * 37) % 100000} ${connect ? `CONNECT ${h}:443` : `GET http://${h}/p/${lines % 977}?q=1`} ${USERS[lines % USERS.length]} HIER_DIRECT/203.0.113.${lines % 250} ${connect ? '-' : 'text/html'}`);
    }
    const chunk = `${batch.join('\n')}\n`;
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
  return lines;
}

async function nodeLineCount(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}

const cpuSeconds = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1e6;

const dir = mkdtempSync(join(tmpdir(), 'pz-bench-squid-'));
try {
  const file = join(dir, 'access.log');
  const lines = await writeLog(file, sizeMb * 1048576);
  const mb = statSync(file).size / 1048576;

  let c = process.cpuUsage();
  const floorLines = await nodeLineCount(file);
  const floorCpu = cpuSeconds(process.cpuUsage(c));

  const wc = spawnSync('/usr/bin/time', ['-f', '%U %S', 'wc', '-l', file], { encoding: 'utf8' });
  const [wu = 0, ws = 0] = wc.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const wcCpu = wu + ws;

  const inv = new Inventory();
  c = process.cpuUsage();
  const t0 = performance.now();
  const r = await readSource(file, inv, { format: 'squid' });
  const oursCpu = cpuSeconds(process.cpuUsage(c));
  const wall = (performance.now() - t0) / 1000;

  if (r.lines !== lines || floorLines !== lines) throw new Error(`line counts differ: wrote ${lines}, parsed ${r.lines}, counted ${floorLines}`);
  console.log(`log:      ${mb.toFixed(1)} MB, ${lines} Squid native lines`);
  console.log(`ours:     cpu ${oursCpu.toFixed(2)} s (wall ${wall.toFixed(2)} s)  ${(lines / oursCpu / 1e6).toFixed(2)} M lines/s  ${(mb / oursCpu).toFixed(0)} MB/s per core  (parse → catalog → inventory: ${inv.rows().length} rows, ${inv.stats.malformed} malformed)`);
  console.log(`floor:    node newline count cpu ${floorCpu.toFixed(2)} s (${(mb / floorCpu).toFixed(0)} MB/s); wc -l cpu ${wcCpu.toFixed(2)} s (${(mb / Math.max(wcCpu, 0.01)).toFixed(0)} MB/s)`);
  console.log(`ratio:    ours costs ${(oursCpu / floorCpu).toFixed(1)}× the node read floor, ${(oursCpu / Math.max(wcCpu, 0.01)).toFixed(1)}× wc -l; ${(lines / oursCpu / 1e6).toFixed(2)} M lines/s (goal ≥ 1M)`);
  console.log(`memory:   max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
