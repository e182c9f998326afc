// `pz kb eval --answers …`: reads the questions, runs the answer-level checks against a running
// collector and prints the rates; --min-faithfulness turns it into a gate (exit 1 below it).
import { readFileSync } from 'node:fs';
import { evaluateAnswers, NoModelConfigured, type AnswerEvalReport } from './answers';

export interface AnswersArgs {
  collector?: string;
  token?: string;
  questions?: string;
  sample?: string;
  model?: string;
  'min-faithfulness'?: string;
  json?: boolean;
}

/** One question per line (`#` comments and blank lines skipped), or JSON lines with `question` or `query`. */
export function parseQuestions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      if (!l.startsWith('{')) return l;
      const o = JSON.parse(l) as { question?: unknown; query?: unknown };
      return String(o.question ?? o.query ?? '').trim();
    })
    .filter(Boolean);
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

export function formatReport(r: AnswerEvalReport): string {
  return [
    `${r.asked} questions asked, ${r.judged} answers judged (${r.noPassages} with no passage, ${r.unreadable} unreadable verdicts)`,
    `faithfulness (supported by cited passages)  ${pct(r.faithfulness)}`,
    `answer relevance                            ${pct(r.answerRelevance)}`,
    `answers citing a passage                    ${pct(r.citationRate)}`,
    '',
  ].join('\n');
}

interface Sink {
  write(s: string): unknown;
}

export async function answersCommand(a: AnswersArgs, out: Sink = process.stdout, err: Sink = process.stderr): Promise<number> {
  if (!a.collector || !a.token || !a.questions) {
    err.write('pz kb eval --answers: --collector, --token (a console session) and --questions FILE are required\n');
    return 2;
  }
  let questions: string[];
  try {
    questions = parseQuestions(readFileSync(a.questions, 'utf8'));
  } catch (e) {
    err.write(`pz kb eval: cannot read questions from ${a.questions}: ${(e as Error).message}\n`);
    return 1;
  }
  const sample = Number(a.sample ?? '20');
  const min = a['min-faithfulness'] === undefined ? undefined : Number(a['min-faithfulness']);
  if (!questions.length || !(sample >= 1) || (min !== undefined && !(min >= 0 && min <= 1))) {
    err.write('pz kb eval: need at least one question, --sample ≥ 1 and --min-faithfulness between 0 and 1\n');
    return 2;
  }
  let report: AnswerEvalReport;
  try {
    report = await evaluateAnswers({ collector: a.collector, token: a.token, questions, sample, ...(a.model ? { model: a.model } : {}) });
  } catch (e) {
    err.write(`pz kb eval: ${e instanceof NoModelConfigured ? e.message : `answer checks failed: ${(e as Error).message}`}\n`);
    return 1;
  }
  // Answers and questions stay out of the printed report unless asked for (--json): they may hold personal data.
  out.write(a.json ? `${JSON.stringify(report)}\n` : formatReport(report));
  if (min !== undefined && (report.faithfulness ?? 0) < min) {
    err.write(`pz kb eval: faithfulness ${pct(report.faithfulness)} is below ${pct(min)}\n`);
    return 1;
  }
  return 0;
}
