// Answer-level eval against a real collector whose upstream is the local fake Anthropic server: the
// fake plays both the assistant and the judge, and the test decides what each says — a judge that
// answers "no" must drive faithfulness to 0, or the harness measures nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastUserText, startFakeAnthropic, type FakeAnthropic, type Received } from '../../../../test/fixtures/fake-anthropic/server';
import { startGatewayApp, type GatewayTestApp } from '../../routes/gateway/test-support';
import { TARGETS } from '../../testing/harness';
import { answersCommand, parseQuestions } from './answers-cli';
import { citedNumbers, evaluateAnswers, NoModelConfigured, parseVerdict, sampleEvenly } from './answers';

const RUNBOOK = `# Escalation runbook

## Payment outages

When card payments fail for more than five minutes, page the payments on-call and open an incident on the status page.

## Laptop loss

A lost laptop is reported to the service desk within one hour; the desk wipes it remotely.
`;
const QUESTIONS = ['Who do I page when card payments fail?', 'What do I do when I lose my laptop?', 'What is the capital of Peru?'];

const isJudge = (r: Received) => JSON.stringify((r.body as { system?: unknown }).system ?? '').includes('Protocol Zero answer judge');

describe('unit helpers', () => {
  it.each([
    ['See [1] and [3].', [1, 3]], ['[2, 1] then [2]', [1, 2]], ['no citations', []], ['array[idx] [12]', [12]],
  ])('cites %j → %j', (text, ns) => expect(citedNumbers(text)).toEqual(ns));
  it.each([
    ['SUPPORTED: yes\nRELEVANT: no', { supported: true, relevant: false }],
    ['**Supported:** No\n**Relevant:** Yes', { supported: false, relevant: true }],
    ['I think it is fine', { supported: null, relevant: null }],
    ['SUPPORTED: maybe\nRELEVANT: yes', { supported: null, relevant: true }],
  ])('verdict %j', (reply, v) => expect(parseVerdict(reply)).toEqual(v));
  it.each([
    ['Who?\n\n# comment\n  What?  ', ['Who?', 'What?']],
    ['{"question":"Who?"}\n{"query":"Why?","relevant":["a"]}\nplain', ['Who?', 'Why?', 'plain']],
  ])('questions file %j', (text, qs) => expect(parseQuestions(text)).toEqual(qs));
  it.each([[10, 3, [0, 3, 6]], [2, 5, [0, 1]], [4, 4, [0, 1, 2, 3]]])('samples %i items down to %i evenly', (n, k, out) =>
    expect(sampleEvenly(Array.from({ length: n }, (_, i) => i), k)).toEqual(out));
});

describe('answer-level eval through the gateway', () => {
  let fake: FakeAnthropic;
  let g: GatewayTestApp;
  let bare: GatewayTestApp;
  let analyst: string;
  let answerWith = (_q: string, _system: string) => 'Page the payments on-call [1].';
  let judgeWith = (_prompt: string) => 'SUPPORTED: yes\nRELEVANT: yes';

  beforeAll(async () => {
    fake = await startFakeAnthropic({ script: (r) => ({ content: [{ type: 'text', text: isJudge(r) ? judgeWith(lastUserText(r.body)) : answerWith(lastUserText(r.body), JSON.stringify((r.body as { system?: unknown }).system ?? '')) }] }) });
    g = await startGatewayApp(TARGETS[0]!, { ANTHROPIC_API_KEY: 'sk-upstream-test', ANTHROPIC_BASE_URL: fake.url });
    bare = await startGatewayApp(TARGETS[0]!, {});
    for (const app of [g, bare]) {
      const r = await app.app.inject({ method: 'POST', url: '/v1/kb/documents', headers: { authorization: `Bearer ${await app.tokenFor('analyst')}` }, payload: { source: 'wiki/runbook.md', contentType: 'text/markdown', content: RUNBOOK } });
      expect(r.statusCode).toBe(200);
    }
    analyst = await g.tokenFor('analyst');
  });
  afterAll(async () => {
    await g?.close();
    await bare?.close();
    await fake?.close();
  });

  it.each([
    ['a judge that finds every answer supported', () => 'SUPPORTED: yes\nRELEVANT: yes', 1, 1],
    ['a judge that finds nothing supported', () => 'SUPPORTED: no\nRELEVANT: yes', 0, 1],
    ['a judge that rejects the laptop answer only', (p: string) => (p.includes('laptop') ? 'SUPPORTED: no\nRELEVANT: no' : 'SUPPORTED: yes\nRELEVANT: yes'), 0.5, 0.5],
  ])('%s', async (_name, judge, faithfulness, relevance) => {
    judgeWith = judge;
    // The fake assistant cites the passage it used by the number the gateway gave it.
    const cite = (system: string, heading: string) => new RegExp(`passage n=\\\\"(\\d+)\\\\" source=\\\\"[^"\\\\]*${heading}`).exec(system)?.[1] ?? '0';
    answerWith = (q, system) => (q.includes('laptop') ? `Report it to the service desk within one hour [${cite(system, 'Laptop loss')}].` : `Page the payments on-call [${cite(system, 'Payment outages')}].`);
    fake.reset();
    const report = await evaluateAnswers({ collector: g.baseUrl, token: analyst, questions: QUESTIONS, model: 'worker' });
    expect(report).toMatchObject({ asked: 3, judged: 2, unreadable: 0, faithfulness, answerRelevance: relevance, citationRate: 1 });
    expect(report.results.map((r) => r.cited.length)).toEqual([1, 1]);
    // Peru has no passage the analyst may see (BM25 finds nothing): not asked, not judged.
    expect(report.noPassages).toBe(1);
    const judgeCalls = fake.received.filter(isJudge);
    expect(judgeCalls).toHaveLength(2);
    // The judge saw the question, the answer and the cited passage's text — and only the cited one.
    const laptop = lastUserText(judgeCalls.find((r) => lastUserText(r.body).includes('laptop'))!.body);
    expect(laptop).toMatch(/<question>\nWhat do I do when I lose my laptop\?[\s\S]*wipes it remotely[\s\S]*<answer>\nReport it to the service desk/);
    expect(laptop).not.toContain('card payments fail');
    // The answer itself was grounded by the gateway: the passages were in its system prompt.
    const answerCall = fake.received.find((r) => !isJudge(r) && lastUserText(r.body).includes('card payments'))!;
    expect(JSON.stringify((answerCall.body as { system?: unknown }).system)).toContain('page the payments on-call');
  });

  it('judges an uncited answer against every retrieved passage, and counts an unreadable verdict apart', async () => {
    answerWith = () => 'Ask your manager.';
    judgeWith = () => 'It depends.';
    fake.reset();
    const report = await evaluateAnswers({ collector: g.baseUrl, token: analyst, questions: QUESTIONS.slice(0, 1) });
    expect(report).toMatchObject({ asked: 1, judged: 0, unreadable: 1, faithfulness: null, answerRelevance: null, citationRate: 0 });
    expect(lastUserText(fake.received.find(isJudge)!.body)).toContain('<passage n="1"');
  });

  it('refuses when no model is configured (the gateway answers with passages only)', async () => {
    const token = await bare.tokenFor('analyst');
    await expect(evaluateAnswers({ collector: bare.baseUrl, token, questions: QUESTIONS })).rejects.toBeInstanceOf(NoModelConfigured);
  });

  it.each([
    ['a supportive judge passes the gate', 'SUPPORTED: yes\nRELEVANT: yes', ['--min-faithfulness', '0.9'], 0, /faithfulness \(supported by cited passages\)\s+100\.0%/],
    ['a rejecting judge fails the gate', 'SUPPORTED: no\nRELEVANT: yes', ['--min-faithfulness', '0.9'], 1, /faithfulness \(supported by cited passages\)\s+0\.0%/],
    ['missing arguments are a usage error', '', ['--no-token'], 2, /^$/],
  ])('pz kb eval --answers: %s', async (_name, verdict, extra, code, printed) => {
    judgeWith = () => verdict;
    answerWith = () => 'Page the payments on-call [1].';
    const dir = mkdtempSync(path.join(tmpdir(), 'pz-kb-answers-'));
    try {
      writeFileSync(path.join(dir, 'q.txt'), QUESTIONS.join('\n'));
      const args = { collector: g.baseUrl, questions: path.join(dir, 'q.txt'), ...(extra[0] === '--no-token' ? {} : { token: analyst }), ...(extra[0] === '--min-faithfulness' ? { 'min-faithfulness': extra[1] } : {}) };
      let out = '';
      let err = '';
      expect(await answersCommand(args, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) })).toBe(code);
      expect(out).toMatch(printed);
      if (code) expect(err).toMatch(code === 2 ? /required/ : /below 90\.0%/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
