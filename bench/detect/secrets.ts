// Claims: (1) on gitleaks' rule examples and detect-secrets' plugin cases, the secrets detectors
// find ≥ 95% of true positives and flag ≤ 5% of false positives for the families they cover;
// (2) they run in linear time. Speed is printed as a ratio against a baseline measured in the
// same run: one pass of a simple bounded regex over the same text (the floor any scan pays).
//   pnpm exec tsx bench/detect/secrets.ts [--runs 30]
import { readFileSync } from 'node:fs';
import {
  DETECT_SECRETS_COVERAGE, GITLEAKS_COVERAGE, JUDGED_DISAGREEMENTS, detectSecretsCase, findSecrets, gitleaksCase, scoreCoverage,
  type CoverageReport, type LabelledCase,
} from '../../policies/src/detectors/secrets/coverage';
import { runDetector } from '../../policies/src/detectors/engine';
import { SECRET_DETECTORS } from '../../policies/src/detectors/secrets/index';

const EVAL = new URL('../../../shared/eval/secrets/', import.meta.url);
const jsonl = (path: string): Record<string, unknown>[] =>
  readFileSync(new URL(path, EVAL), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

const pct = (n: number, d: number) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function printReport(title: string, r: CoverageReport) {
  console.log(`\n${title}`);
  console.log(`  ${'family'.padEnd(46)} ${'TP found'.padStart(16)} ${'FP flagged'.padStart(16)}`);
  for (const f of [...r.families, r.total]) {
    console.log(`  ${f.family.padEnd(46)} ${`${f.found}/${f.positives}`.padStart(8)} ${pct(f.found, f.positives)} ${`${f.flagged}/${f.negatives}`.padStart(8)} ${pct(f.flagged, f.negatives)}`);
  }
  for (const m of r.misses) console.log(`  missed      [${m.family}] ${JSON.stringify(m.text.slice(0, 110))}`);
  for (const m of r.falseAlarms) console.log(`  false alarm [${m.family}] ${JSON.stringify(m.text.slice(0, 110))}`);
}

function accuracy(name: string, cases: LabelledCase[], coverage: typeof GITLEAKS_COVERAGE) {
  const claimed = scoreCoverage(cases, coverage, { scope: 'claimed' });
  printReport(`${name} — covered families, detectors claiming the family (raw)`, claimed);
  const adjusted = scoreCoverage(cases, coverage, { scope: 'claimed', excludeJudged: true });
  const t = adjusted.total;
  console.log(`  adjusted (judged disagreements excluded): TP ${t.found}/${t.positives} ${pct(t.found, t.positives)}, FP ${t.flagged}/${t.negatives} ${pct(t.flagged, t.negatives)}`);
  const all = scoreCoverage(cases, coverage, { scope: 'all' }).total;
  console.log(`  every secrets detector on covered families:  TP ${all.found}/${all.positives} ${pct(all.found, all.positives)}, FP ${all.flagged}/${all.negatives} ${pct(all.flagged, all.negatives)}`);
  console.log(`  not covered (excluded): ${claimed.uncovered.join(', ') || 'none'}`);
}

const gitleaks = jsonl('gitleaks/gitleaks_rule_examples.derived.jsonl').map((r) => gitleaksCase(r as never));
const detectSecrets = jsonl('detect-secrets/detect_secrets_plugin_cases.derived.jsonl').map(detectSecretsCase).filter((c) => c !== null);
accuracy('gitleaks rule examples', gitleaks, GITLEAKS_COVERAGE);
accuracy('detect-secrets plugin cases', detectSecrets, DETECT_SECRETS_COVERAGE);
console.log('\njudged disagreements:');
for (const [text, why] of Object.entries(JUDGED_DISAGREEMENTS)) console.log(`  ${JSON.stringify(text)} — ${why}`);

// ---- speed ----
const detectors = Object.values(SECRET_DETECTORS);
function prose(size: number): string {
  const words = 'the quarterly report shows revenue growth in the north region please summarise and draft an email to finance with the key token figures password policy api'.split(' ');
  let s = '';
  let i = 0;
  while (s.length < size) {
    s += words[(i * 7 + (i >> 3)) % words.length] + (i % 17 === 16 ? '.\n' : ' ');
    if (i % 97 === 0) s += 'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENGxbPxRfiCYzz9kLp3Qa1" 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 ';
    i++;
  }
  return s.slice(0, size);
}
function time(fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}
const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const BASELINE = /[A-Za-z0-9]{40}/g;

console.log(`\nspeed (${runs} runs each; baseline = one pass of /[A-Za-z0-9]{40}/g over the same text; ratio = min / baseline min)`);
console.log(`  ${'input'.padEnd(26)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'min ms'.padStart(8)} ${'baseline'.padStart(9)} ${'ratio'.padStart(7)}`);
const inputs: [string, string][] = [
  ['prose 1 KB', prose(1_000)],
  ['prose 4 KB', prose(4_000)],
  ['prose 100 KB', prose(100_000)],
  ['base64 wall 100 KB', 'QUtJQUlPU0ZPRE5ON0VYQU1QTEVrZXk9'.repeat(3200).slice(0, 100_000)],
  ['AKIA run 100 KB', 'AKIA'.repeat(25_000)],
  ['"=====" 100 KB', '='.repeat(100_000)],
  ['nested quotes 100 KB', `password = "'"'`.repeat(6_250).slice(0, 100_000)],
  ['assignment chain 100 KB', 'api_key=token=secret='.repeat(4_800).slice(0, 100_000)],
  ['-----BEGIN walls 100 KB', '-----BEGIN RSA PRIVATE KEY-----\nMIIE'.repeat(2_800).slice(0, 100_000)],
  ['eyJ walls 100 KB', 'eyJhbGciOiJIUzI1NiJ9.eyJ'.repeat(4_200).slice(0, 100_000)],
];
const mins = new Map<string, number>();
for (const [name, text] of inputs) {
  findSecrets(text, detectors); // warm up: compile and tier up the regexes
  const t = time(() => findSecrets(text, detectors));
  const b = time(() => {
    BASELINE.lastIndex = 0;
    for (const _ of text.matchAll(BASELINE));
  });
  mins.set(name, t[0]!);
  const row = [q(t, 0.5), q(t, 0.99), t[0]!, b[0]!].map((x) => x.toFixed(3).padStart(8)).join(' ');
  console.log(`  ${name.padEnd(26)} ${row} ${(t[0]! / Math.max(b[0]!, 1e-6)).toFixed(1).padStart(6)}×`);
}
const growth = mins.get('prose 100 KB')! / mins.get('prose 4 KB')!;
console.log(`  growth prose 4 KB → 100 KB (min): ${growth.toFixed(1)}× for 25× the text (linear ≈ 25×; above it, 100 KB + its lower-case copy outgrow the L1 cache)`);

// Adversarial linearity, measured as linearity.test.ts asserts it: Σ over detectors of the fastest
// run, 10 KB vs 100 KB of the same wall (linear ≈ 10×; the test fails at 30×).
const walls: [string, (n: number) => string][] = [
  ['base64 wall', (n) => 'QUtJQUlPU0ZPRE5ON0VYQU1QTEVrZXk9+/'.repeat(n / 34 + 1).slice(0, n)],
  ['AKIA run', (n) => 'AKIA'.repeat(n / 4)],
  ['"=====" run', (n) => '='.repeat(n)],
  ['nested quotes', (n) => `password = "'"'\``.repeat(n / 16 + 1).slice(0, n)],
  ['assignment chain', (n) => 'api_key=token=secret='.repeat(n / 21 + 1).slice(0, n)],
  ['-----BEGIN headers', (n) => '-----BEGIN RSA PRIVATE KEY-----\nMIIE'.repeat(n / 36 + 1).slice(0, n)],
  ['eyJ segments', (n) => 'eyJhbGciOiJIUzI1NiJ9.eyJ'.repeat(n / 24 + 1).slice(0, n)],
  ['URL userinfo walls', (n) => 'https://u:'.repeat(n / 10 + 1).slice(0, n)],
  ['xoxb digit runs', (n) => 'xoxb-1234567890-'.repeat(n / 16 + 1).slice(0, n)],
];
function detectorSumMs(text: string, reps = 5): number {
  const lower = text.toLowerCase();
  let total = 0;
  for (const d of detectors) {
    let best = Infinity;
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      runDetector(d, text, lower);
      best = Math.min(best, performance.now() - t0);
    }
    total += best;
  }
  return total;
}
console.log('\nadversarial growth, 10 KB → 100 KB (Σ per-detector fastest run)');
for (const [name, make] of walls) {
  const small = make(10_000);
  const large = make(100_000);
  detectorSumMs(small, 2);
  detectorSumMs(large, 1);
  const a = detectorSumMs(small);
  const b = detectorSumMs(large);
  console.log(`  ${name.padEnd(22)} ${a.toFixed(3).padStart(8)} ms → ${b.toFixed(3).padStart(8)} ms  ${(b / a).toFixed(1).padStart(5)}×`);
}
