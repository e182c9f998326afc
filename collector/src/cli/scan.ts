// `pz scan [FILES|-] [--format jsonl|table|presidio] [--min-score N] [--show-values]`
// Prints findings, never the matched values unless --show-values is given.
// Exit codes: 0 clean, 1 findings, 2 usage or I/O error.
import { readFile } from 'node:fs/promises';
import { classify, describeFindings, toPresidioResults, type Finding } from '@protocol-zero/policies';

const FORMATS = ['jsonl', 'json', 'table', 'presidio'] as const;
type Format = (typeof FORMATS)[number];

export const USAGE = `usage: pz scan [FILES|-] [--format jsonl|table|presidio] [--min-score N] [--show-values]

Reads the files (or standard input for '-' or no file) and prints the sensitive data found:
  --format jsonl     one JSON object per finding: file, entity, start, end, score, detector (default)
  --format table     a readable table with a one-line summary per file
  --format presidio  per file, a JSON array in Presidio analyzer's response shape
  --min-score N      report findings scoring at least N (0..1, default 0.5)
  --show-values      include the matched text (off by default: output stays safe to share)
Exit status: 0 nothing found, 1 findings, 2 usage or read error.
`;

interface ScanArgs { files: string[]; format: Format; minScore: number; showValues: boolean }

export function parseArgs(args: readonly string[]): ScanArgs | string {
  const out: ScanArgs = { files: [], format: 'jsonl', minScore: 0.5, showValues: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--format') {
      const v = value();
      if (!v || !(FORMATS as readonly string[]).includes(v)) return `--format must be one of ${FORMATS.filter((f) => f !== 'json').join(', ')}`;
      out.format = v as Format;
    } else if (flag === '--min-score') {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0 || v > 1) return '--min-score must be a number between 0 and 1';
      out.minScore = v;
    } else if (flag === '--show-values') out.showValues = true;
    else if (flag === '--help' || flag === '-h') return '';
    else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else out.files.push(a);
  }
  if (out.files.length === 0) out.files.push('-');
  return out;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

function tableRows(file: string, text: string, findings: Finding[], showValues: boolean): string {
  if (findings.length === 0) return `${file}: clean\n`;
  const lines = [`${file}: ${describeFindings(findings)}`];
  lines.push(`  ${pad('ENTITY', 22)}${pad('START', 8)}${pad('END', 8)}${pad('SCORE', 7)}${showValues ? pad('DETECTOR', 32) + 'VALUE' : 'DETECTOR'}`);
  for (const f of findings) {
    const value = showValues ? JSON.stringify(text.slice(f.start, f.end)) : '';
    lines.push(`  ${pad(f.entity, 22)}${pad(String(f.start), 8)}${pad(String(f.end), 8)}${pad(f.score.toFixed(2), 7)}${pad(f.detector, 32)}${value}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

export async function main(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    if (parsed === '') {
      process.stdout.write(USAGE);
      return 0;
    }
    process.stderr.write(`pz scan: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  let found = false;
  let failed = false;
  for (const file of parsed.files) {
    let text: string;
    try {
      text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      process.stderr.write(`pz scan: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code}\n`);
      failed = true;
      continue;
    }
    const name = file === '-' ? '<stdin>' : file;
    const { findings } = classify(text, { minScore: parsed.minScore });
    if (findings.length > 0) found = true;
    if (parsed.format === 'table') process.stdout.write(tableRows(name, text, findings, parsed.showValues));
    else if (parsed.format === 'presidio') process.stdout.write(`${JSON.stringify(toPresidioResults(findings))}\n`);
    else {
      const rows = findings.map((f) =>
        JSON.stringify({ file: name, entity: f.entity, start: f.start, end: f.end, score: f.score, detector: f.detector, ...(parsed.showValues ? { value: text.slice(f.start, f.end) } : {}) }),
      );
      if (rows.length > 0) process.stdout.write(`${rows.join('\n')}\n`);
    }
  }
  return failed ? 2 : found ? 1 : 0;
}
