import { LiteralSet } from '../detectors/literal-set';
import type { ClassInput } from './input';
import type { DataClassResult } from './types';

// Each language has a few signatures that rarely occur in prose; the language with most distinct
// signatures wins, and a share of code-shaped lines (ending in ; { } or indented) adds confidence.
// A signature is a literal or a literal that must be present before its regex runs — so prose costs
// one literal scan, not dozens of regex scans.
// Only the first 64 KB are examined: a language shows itself early, and this keeps 1 MB inputs cheap.
const SAMPLE = 64 * 1024;
type Signature = string | readonly [string, RegExp];
const LANGUAGES: Readonly<Record<string, readonly Signature[]>> = {
  python: [['def ', /^\s{0,16}def [A-Za-z_]\w{0,60}\(.{0,200}\):\s*$/m], ['import ', /^\s{0,16}(?:from [\w.]{1,60} )?import [\w., ]{1,80}$/m], 'self.', ['elif', /^\s{0,16}elif\b/m], 'print(', ['class ', /^\s{0,16}class \w{1,60}(?:\(.{0,80}\))?:\s*$/m], '__main__'],
  typescript: [['interface ', /\binterface \w{1,60} \{/], [': ', /:\s?(?:string|number|boolean)\b[;,)=]/], 'export type ', 'export interface ', 'import type ', '): Promise<'],
  javascript: [['const ', /\b(?:const|let) \w{1,60} = /], '=> ', ['function', /\bfunction\s{0,2}\w{0,60}\s{0,2}\(/], [' from ', /\bimport .{1,120} from ['"]/], 'console.log(', 'module.exports', 'require(', 'export default '],
  java: [['public ', /\bpublic (?:static )?(?:final )?(?:class|void|int|String)\b/], 'System.out.print', ['private ', /\bprivate (?:static )?(?:final )?\w{1,40} \w{1,40}\s?[;=]/], '@Override', 'import java.'],
  csharp: [['using System', /^using System[\w.]{0,60};/m], ['namespace ', /\bnamespace [\w.]{1,80}/], 'public async Task', 'Console.Write', '{ get; set; }'],
  go: [['package ', /^package \w{1,40}$/m], ['func ', /\bfunc (?:\(\w{1,20} \*?\w{1,40}\) )?\w{1,60}\(/], ' := ', 'fmt.Print', 'if err != nil'],
  rust: [['fn ', /\bfn \w{1,60}\s?(?:<.{0,60}>)?\(/], 'let mut ', ['impl', /\bimpl(?:<.{0,40}>)? \w/], 'println!(', ['pub ', /\bpub (?:fn|struct|enum)\b/], '::new('],
  c_cpp: [['#include', /^#include\s?[<"]/m], 'int main(', 'std::', 'printf(', 'malloc('],
  sql: [['select', /\bSELECT\b[\s\S]{1,200}?\bFROM\b/i], ['insert', /\bINSERT INTO\b/i], ['create', /\bCREATE TABLE\b/i], ['update', /\bUPDATE \w{1,60} SET\b/i], ['join', /\b(?:INNER|LEFT|RIGHT) JOIN\b/i], ['where', /\bWHERE \w{1,60}\s?(?:=|IN|LIKE)/i]],
  shell: [['#!/', /^#!\/(?:usr\/)?bin\/(?:env )?(?:ba|z)?sh/m], ['export ', /^\s{0,8}export \w{1,40}=/m], ['sudo ', /^\s{0,8}sudo /m], '$(', '| grep'],
  php: ['<?php', ['$', /\$\w{1,40}\s?=\s?/], ['function ', /\bfunction \w{1,60}\(\$/], 'echo $'],
  ruby: [['end', /^\s{0,16}end\s*$/m], ['puts', /\bputs\b/], ['require ', /\brequire ['"]/], '.each do |'],
};
// Prose can contain one of these by chance ("=> "); a language needs this many distinct signatures.
const MIN_SIGNATURES = 2;

// Every literal is looked for in one walk of the sample (and the /i regexes' literals in one walk of
// its lower-case copy) instead of ~60 separate includes(); a regex still runs only when its literal is present.
interface Compiled { lang: string; sigs: { id: number; lower: boolean; re?: RegExp }[] }
const CASED_LITERALS: string[] = [];
const LOWER_LITERALS: string[] = [];
const idOf = (list: string[], literal: string) => (list.includes(literal) ? list.indexOf(literal) : list.push(literal) - 1);
const COMPILED: readonly Compiled[] = Object.entries(LANGUAGES).map(([lang, sigs]) => ({
  lang,
  sigs: sigs.map((sig) => {
    if (typeof sig === 'string') return { id: idOf(CASED_LITERALS, sig), lower: false };
    const [literal, re] = sig;
    const lower = re.flags.includes('i');
    return { id: idOf(lower ? LOWER_LITERALS : CASED_LITERALS, literal), lower, re };
  }),
}));
const TYPESCRIPT = COMPILED.find((c) => c.lang === 'typescript')!;
const CASED = new LiteralSet(CASED_LITERALS);
const LOWER = new LiteralSet(LOWER_LITERALS);

function signatureHits(sample: string, cased: Uint8Array, lower: Uint8Array, sigs: Compiled['sigs']): number {
  let hits = 0;
  for (const sig of sigs) if ((sig.lower ? lower : cased)[sig.id] === 1 && (!sig.re || sig.re.test(sample))) hits++;
  return hits;
}

// Hits if every regex whose literal is present matched: a bound that costs no regex.
function literalHits(cased: Uint8Array, lower: Uint8Array, sigs: Compiled['sigs']): number {
  let hits = 0;
  for (const sig of sigs) hits += (sig.lower ? lower : cased)[sig.id]!;
  return hits;
}

export function scoreSourceCode(input: ClassInput): DataClassResult | null {
  const sample = input.text.length > SAMPLE ? input.text.slice(0, SAMPLE) : input.text;
  const lowerSample = input.lower.length > SAMPLE ? input.lower.slice(0, SAMPLE) : input.lower;
  const cased = CASED.scan(sample);
  const lower = LOWER.scan(lowerSample);
  let best: Compiled | undefined;
  let bestHits = 0;
  for (const c of COMPILED) {
    // A language that cannot reach the bar, or beat the leader (ties keep the earlier), needs no regex run.
    const bound = literalHits(cased, lower, c.sigs);
    if (bound < MIN_SIGNATURES || bound <= bestHits) continue;
    const hits = signatureHits(sample, cased, lower, c.sigs);
    if (hits > bestHits) {
      best = c;
      bestHits = hits;
    }
  }
  if (!best || bestHits < MIN_SIGNATURES) return null;
  let lang = best.lang;
  // TypeScript is JavaScript plus types: JavaScript's signatures match it too, so TS wins when it shows.
  if (lang === 'javascript' && signatureHits(sample, cased, lower, TYPESCRIPT.sigs) >= MIN_SIGNATURES) lang = 'typescript';
  const lines = sample.split('\n', 2000);
  const codeLines = lines.filter((l) => /[;{}]\s*$|^\s{2,}\S|^\t/.test(l)).length;
  const shape = lines.length > 0 ? codeLines / lines.length : 0;
  const score = Math.min(1, 0.3 + bestHits * 0.12 + shape * 0.3);
  return { class: 'source_code', score: Math.round(score * 100) / 100, evidence: [`lang:${lang}`, `signatures:${bestHits}`, `code-lines:${Math.round(shape * 100)}%`], detail: lang };
}
