// pz-sensor: argument parsing only; the work lives in inputs/, inventory/, ship/ and tail/.
import { readFileSync, statSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SENSOR_FORMATS, type SensorFormat } from '@protocol-zero/policies';
import { InputError, readSource } from './inputs/source';
import { UsageError } from './inputs/line-format';
import { parseMap } from './inputs/proxy-logs/generic';
import { CaptureFormatError } from './inputs/capture-types';
import { IdentityFormatError, IdentityMap } from './inventory/identity';
import { Inventory, type InventoryOptions } from './inventory/inventory';
import { renderCsv, renderJson, renderTable, type Report } from './output/render';
import { buildBatches } from './ship/batch';
import { ShipError, shipBatch } from './ship/client';
import { runTail } from './tail/tail';

const USAGE = `usage:
  pz-sensor scan FILE… [options]            offline audit: ranked table (or --json / --csv)
  pz-sensor ship FILE… --collector URL --token T [options]
                                            send aggregates to the collector (idempotent batches)
  pz-sensor tail FILE --checkpoint PATH [--collector URL --token T] [options]
                                            follow a growing log across rotation; resumes after a crash

FILE is a path or '-' for stdin (e.g. tcpdump -w - | pz-sensor scan -).
options:
  --format F              force the input format: ${SENSOR_FORMATS.join(', ')}
  --map target=col,…      column mapping for --format csv|jsonl (targets: host, url, client, user, ts, bytesUp, bytesDown, kind)
  --identity FILE         CSV of 'cidr_or_ip,user[,department]' to name IP clients
  --pseudonymize-key K    HMAC user names with K (ship and tail --collector require it, or --raw-clients)
  --raw-clients           ship user names as they are (only if your privacy notice covers it)
  --sensor-id ID          name of this sensor in the collector (default: hostname)
  --json | --csv          machine-readable scan output
  --once                  tail: read to the end of the file, save the checkpoint and exit
  --interval MS           tail: poll interval (default 1000)
  -h, --help
`;

const OPTIONS = {
  format: { type: 'string' }, map: { type: 'string' }, identity: { type: 'string' }, 'pseudonymize-key': { type: 'string' },
  'raw-clients': { type: 'boolean' }, 'sensor-id': { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' },
  collector: { type: 'string' }, token: { type: 'string' }, checkpoint: { type: 'string' }, once: { type: 'boolean' },
  interval: { type: 'string' }, help: { type: 'boolean', short: 'h' }, quiet: { type: 'boolean', short: 'q' },
} satisfies ParseArgsConfig['options'];

export interface Io { stdout: (s: string) => void; stderr: (s: string) => void; stdin?: NodeJS.ReadableStream; stderrIsTty?: boolean }

const defaultIo: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), stderrIsTty: process.stderr.isTTY };

function progressBar(io: Io, files: string[]): ((path: string) => ((bytes: number) => void) | undefined) {
  return (path) => {
    if (!io.stderrIsTty || path === '-') return undefined;
    const total = statSync(path).size;
    if (total < 32 * 1024 * 1024) return undefined; // small inputs finish before a bar is useful
    let last = 0;
    return (bytes) => {
      const now = Date.now();
      if (now - last < 200 && bytes < total) return;
      last = now;
      const pct = Math.min(100, (bytes / total) * 100);
      const bar = '█'.repeat(Math.round(pct / 4)).padEnd(25, '·');
      io.stderr(`\r${bar} ${pct.toFixed(0).padStart(3)}%  ${path}${files.length > 1 ? ` (${files.indexOf(path) + 1}/${files.length})` : ''}${bytes >= total ? '\n' : ''}`);
    };
  };
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') { io.stdout(USAGE); return command ? 0 : 2; }
  if (!['scan', 'ship', 'tail'].includes(command)) { io.stderr(`pz-sensor: unknown command '${command}'\n\n${USAGE}`); return 2; }
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (e) {
    io.stderr(`pz-sensor ${command}: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) { io.stdout(USAGE); return 0; }
  try {
    const usage = (msg: string): never => { throw new UsageError(msg); };
    if (!files.length) usage('no input FILE given');
    const format = values.format as SensorFormat | undefined;
    if (format !== undefined && !(SENSOR_FORMATS as readonly string[]).includes(format)) usage(`--format '${format}' is not one of ${SENSOR_FORMATS.join(', ')}`);
    if (values.json && values.csv) usage('--json and --csv are exclusive');
    const map = values.map ? parseMap(values.map) : undefined;
    if (map && format !== 'csv' && format !== 'jsonl') usage('--map goes with --format csv or --format jsonl');
    const invOpts: InventoryOptions = {};
    if (values.identity) {
      let text: string;
      try { text = readFileSync(values.identity, 'utf8'); } catch (e) { throw new InputError(`--identity ${values.identity}: cannot read (${(e as NodeJS.ErrnoException).code})`); }
      invOpts.identity = IdentityMap.parse(text);
    }
    if (values['pseudonymize-key'] !== undefined) {
      if (values['pseudonymize-key'].length < 16) usage('--pseudonymize-key must be at least 16 characters');
      invOpts.pseudonymizeKey = values['pseudonymize-key'];
    }
    const shipping = command === 'ship' || (command === 'tail' && values.collector !== undefined);
    if (shipping) {
      if (!values.collector || !values.token) usage(`${command} needs --collector URL and --token T`);
      // Privacy by default: user names leave the machine only hashed, unless the operator says otherwise.
      if (!invOpts.pseudonymizeKey && !values['raw-clients']) usage(`${command} sends data off this machine: pass --pseudonymize-key K (or --raw-clients to send user names as they are)`);
    }
    const sensorId = values['sensor-id'] ?? (await import('node:os')).hostname().slice(0, 128);
    const shipOpts = shipping ? { collector: values.collector!, token: values.token!, log: (m: string) => io.stderr(`${m}\n`) } : undefined;

    if (command === 'tail') {
      if (files.length !== 1 || files[0] === '-') usage('tail follows exactly one FILE (not stdin)');
      if (!values.checkpoint) usage('tail needs --checkpoint PATH');
      const interval = values.interval === undefined ? 1000 : Number(values.interval);
      if (!Number.isFinite(interval) || interval < 10) usage('--interval must be a number of milliseconds ≥ 10');
      const r = await runTail({ file: files[0]!, checkpoint: values.checkpoint!, once: values.once ?? false, intervalMs: interval, inventory: invOpts, sensorId, ...(format ? { format } : {}), ...(map ? { map } : {}), ...(shipOpts ? { ship: shipOpts } : {}) });
      if (values.json) io.stdout(renderJson(r));
      else if (!values.quiet) io.stdout(renderTable(r));
      return 0;
    }

    const bar = progressBar(io, files);
    const sources: Report['sources'] = [];
    const total = new Inventory(invOpts);
    let shippedRows = 0;
    for (const path of files) {
      const inventory = command === 'ship' ? new Inventory(invOpts) : total;
      const onProgress = bar(path);
      const res = await readSource(path, inventory, { ...(format ? { format } : {}), ...(map ? { map } : {}), ...(onProgress ? { onProgress } : {}), ...(io.stdin ? { stdin: io.stdin } : {}) });
      sources.push({ path, format: res.format });
      if (command === 'ship') {
        for (const batch of buildBatches({ rows: inventory.rows(), unknownHosts: inventory.unknownHosts(), stats: inventory.stats, format: res.format, sensorId })) {
          const ack = await shipBatch(batch, shipOpts!);
          shippedRows += batch.rows.length;
          if (!values.quiet) io.stderr(`${path}: batch ${batch.batchId.slice(0, 12)} ${ack.duplicate ? 'already stored' : 'stored'} (${batch.rows.length} rows)\n`);
        }
      }
    }
    if (command === 'ship') { if (!values.quiet) io.stdout(`shipped ${shippedRows} rows from ${files.length} file(s)\n`); return 0; }
    const report: Report = { rows: total.rows(), unknownHosts: total.unknownHosts(), stats: total.stats, sources };
    io.stdout(values.json ? renderJson(report) : values.csv ? renderCsv(report) : renderTable(report));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) { io.stderr(`pz-sensor ${command}: ${e.message}\n`); return 2; }
    if (e instanceof InputError || e instanceof CaptureFormatError || e instanceof IdentityFormatError || e instanceof ShipError) { io.stderr(`pz-sensor ${command}: ${e.message}\n`); return 1; }
    throw e;
  }
}

const invokedDirectly = (() => {
  try { return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url)); } catch { return false; }
})();
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
