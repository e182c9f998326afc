// Budgets (429 + code, others unaffected), the content-free audit, encryption at rest, routing by
// sensitivity to the local model, and "no model configured".
import Anthropic from '@anthropic-ai/sdk';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../../../test/fixtures/fake-anthropic/server';
import { secretFixtures } from '../../gateway/eval-fixtures';
import { TARGETS } from '../../testing/harness';
import { startGatewayApp, type GatewayTestApp } from './test-support';

const EMAIL = 'budget.person@corp.example';
const ask = (c: Anthropic, text = `summarise the thread with ${EMAIL}`) => c.messages.create({ model: 'worker', max_tokens: 16, messages: [{ role: 'user', content: text }] });
const codeOf = (e: unknown) => ((e as InstanceType<typeof Anthropic.APIError>).error as { error: { code: string } }).error.code;

describe.each(TARGETS)('gateway budgets and audit on $name', (target) => {
  let fake: FakeAnthropic;
  let g: GatewayTestApp;
  const mint = async (email: string, department?: string) => {
    const r = await g.app.inject({ method: 'POST', url: '/v1/gateway/tokens', headers: { authorization: `Bearer ${g.admin}` }, payload: { email, label: email, ...(department ? { department } : {}) } });
    const j = r.json() as { token: string; user: string };
    return { sdk: g.sdk(j.token), user: j.user };
  };
  const setBudget = (payload: object) => g.app.inject({ method: 'PUT', url: '/v1/gateway/budgets', headers: { authorization: `Bearer ${g.admin}` }, payload });

  beforeAll(async () => {
    fake = await startFakeAnthropic();
    fake.setScript(() => ({ content: [{ type: 'text', text: 'ok <EMAIL_ADDRESS_1>' }], usage: { input_tokens: 100, output_tokens: 20 } }));
    g = await startGatewayApp(target, { ANTHROPIC_API_KEY: 'sk-upstream-test', ANTHROPIC_BASE_URL: fake.url });
  });
  afterAll(async () => {
    await g?.close();
    await fake?.close();
  });

  it('a user over their token budget gets 429 gateway_budget_exceeded; another user is unaffected', async () => {
    const alice = await mint('alice@corp.example');
    const bob = await mint('bob@corp.example');
    expect((await setBudget({ scope: 'user', subject: alice.user, period: 'day', maxTokens: 100, maxUsd: null })).statusCode).toBe(200);
    const before = fake.received.length;
    await ask(alice.sdk); // 120 tokens: allowed (under budget when it started), now over
    const err = await ask(alice.sdk).catch((e: unknown) => e);
    expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(429);
    expect(codeOf(err)).toBe('gateway_budget_exceeded');
    expect((err as InstanceType<typeof Anthropic.APIError>).headers?.get('x-should-retry')).toBe('false');
    expect(fake.received.length).toBe(before + 1); // the refused call never went upstream
    expect((await ask(bob.sdk)).content[0]).toMatchObject({ type: 'text', text: `ok ${EMAIL}` });
  });

  it('a department dollar budget stops everyone in it, not other departments', async () => {
    const carol = await mint('carol@corp.example', 'finance');
    const dave = await mint('dave@corp.example', 'finance');
    const erin = await mint('erin@corp.example', 'sales');
    // worker = claude-haiku-4-5 at $1/$5 per MTok: 100 in + 20 out = $0.0002 per call.
    await setBudget({ scope: 'department', subject: 'finance', period: 'month', maxTokens: null, maxUsd: 0.0003 });
    await ask(carol.sdk);
    await ask(dave.sdk); // $0.0004 now: over
    for (const who of [carol, dave]) expect(codeOf(await ask(who.sdk).catch((e: unknown) => e))).toBe('gateway_budget_exceeded');
    await expect(ask(erin.sdk)).resolves.toBeTruthy();
    const list = (await g.app.inject({ url: '/v1/gateway/budgets', headers: { authorization: `Bearer ${g.admin}` } })).json() as { subject: string; maxUsd: number }[];
    expect(list.find((b) => b.subject === 'finance')?.maxUsd).toBe(0.0003);
  });

  it('audits every request without text or values; the vault holds ciphertext only', async () => {
    const usage = (await g.app.inject({ url: '/v1/gateway/usage', headers: { authorization: `Bearer ${g.admin}` } })).json() as { recent: { outcome: string; model: string | null; entities: Record<string, number>; inputTokens: number; costUsd: number; source: string; user: string }[]; byModel: { model: string }[] };
    const ok = usage.recent.filter((r) => r.outcome === 'ok');
    expect(ok.length).toBeGreaterThanOrEqual(4);
    expect(ok[0]).toMatchObject({ model: 'claude-haiku-4-5', entities: { EMAIL_ADDRESS: 1 }, inputTokens: 100, costUsd: 0.0002, source: 'api' });
    expect(ok[0]!.user).toMatch(/^[0-9a-f]{64}$/);
    expect(usage.recent.filter((r) => r.outcome === 'budget_exceeded').length).toBeGreaterThanOrEqual(3);
    const everything = JSON.stringify(usage) + JSON.stringify((await sql`select * from gateway_requests`.execute(g.app.db)).rows);
    expect(everything).not.toContain(EMAIL);
    expect(everything).not.toContain('<EMAIL_ADDRESS_1>');
    const vault = await sql<{ value_enc: Uint8Array; placeholder: string }>`select value_enc, placeholder from gateway_vault_entries`.execute(g.app.db);
    expect(vault.rows.length).toBeGreaterThan(0);
    for (const r of vault.rows) expect(Buffer.from(r.value_enc).toString('latin1')).not.toContain(EMAIL);
  });
});

describe.each(TARGETS)('gateway routing and configuration on $name', (target) => {
  let fake: FakeAnthropic;
  let routed: GatewayTestApp;
  let bare: GatewayTestApp;

  beforeAll(async () => {
    fake = await startFakeAnthropic();
    fake.setScript(() => ({ content: [{ type: 'text', text: 'answer for <PERSON_1>' }] }));
    routed = await startGatewayApp(target, {
      ANTHROPIC_API_KEY: 'sk-upstream-test', ANTHROPIC_BASE_URL: fake.url, OPENAI_COMPAT_BASE_URL: fake.url, PZ_GATEWAY_LOCAL_MODEL: 'llama3.1:8b', PZ_GATEWAY_LOCAL_AT_SEVERITY: 'high',
    });
    bare = await startGatewayApp(target, {});
  });
  afterAll(async () => {
    await routed?.close();
    await bare?.close();
    await fake?.close();
  });

  it('sends prompts at or above the severity to the local model, others to Claude', async () => {
    const c = routed.sdk(await routed.gatewayToken('frank@corp.example'));
    fake.reset();
    await c.messages.create({ model: 'worker', max_tokens: 8, messages: [{ role: 'user', content: 'Dear Mr. John Smith, what is the capital of France?' }] });
    const key = secretFixtures().find((f) => f.source === 'gitleaks:anthropic-api-key')!; // severity critical
    const secret = await c.messages.create({ model: 'worker', max_tokens: 8, messages: [{ role: 'user', content: `Mr. John Smith pasted ${key.text} in the repo` }] });
    expect(fake.received.map((r) => r.path)).toEqual(['/v1/messages', '/v1/chat/completions']);
    expect((fake.received[1]!.body as { model: string }).model).toBe('llama3.1:8b');
    for (const v of key.values) expect(fake.received[1]!.raw).not.toContain(v);
    expect(secret.content[0]).toMatchObject({ type: 'text', text: 'answer for John Smith' });
  });

  it('with no model configured the gateway starts and says so', async () => {
    const admin = bare.admin;
    const status = (await bare.app.inject({ url: '/v1/gateway/status', headers: { authorization: `Bearer ${admin}` } })).json() as { configured: boolean; message: string };
    expect(status).toMatchObject({ configured: false });
    expect(status.message).toMatch(/no model configured/);
    const err = await bare.sdk(await bare.gatewayToken('gina@corp.example')).messages.create({ model: 'worker', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(503);
    expect(codeOf(err)).toBe('gateway_no_model');
    expect((err as Error).message).toMatch(/no model configured/);
  });
});
