// Hand-off: the extension posts a redirected prompt, the assistant page redeems the one-time token,
// sees what was scrubbed, and continues the conversation with the same placeholders.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../../../test/fixtures/fake-anthropic/server';
import { TARGETS } from '../../testing/harness';
import { DEFAULT_POLICY, UsagePolicySchema } from '@protocol-zero/policies';
import { appendPolicyVersion } from '../../db/repositories/policies';
import { DEFAULT_TENANT } from '../../db/repositories/identity';
import { pseudonymOf } from '../../gateway/caller';
import { sha256 } from '../../identity/secrets';
import { startGatewayApp, type GatewayTestApp } from './test-support';

const PROMPT = 'Draft a reply to Jane Roe (jane.roe@acme-corp.com) about her refund';

describe.each(TARGETS)('gateway hand-off on $name', (target) => {
  let fake: FakeAnthropic;
  let g: GatewayTestApp;
  let device: string;
  let employee: string;

  const handoff = (prompt = PROMPT) =>
    g.app.inject({ method: 'POST', url: '/v1/handoff', headers: { authorization: `Bearer ${device}` }, payload: { prompt, appId: 'chatgpt', host: 'chatgpt.com', decisionId: randomUUID(), entities: { EMAIL_ADDRESS: 1 } } });
  const redeem = (token: string, as = employee) => g.app.inject({ method: 'POST', url: '/v1/handoff/redeem', headers: { authorization: `Bearer ${as}` }, payload: { token } });

  beforeAll(async () => {
    fake = await startFakeAnthropic();
    g = await startGatewayApp(target, { ANTHROPIC_API_KEY: 'sk-upstream-test', ANTHROPIC_BASE_URL: fake.url, PZ_PUBLIC_URL: 'https://pz.corp.example' });
    device = await g.tokenFor('device');
    employee = await g.tokenFor('employee');
  });
  afterAll(async () => {
    await g?.close();
    await fake?.close();
  });

  it('issues a one-time token; the prompt is encrypted at rest; redeem shows the scrubbed form with spans', async () => {
    const r = await handoff();
    expect(r.statusCode).toBe(200);
    const h = r.json() as { token: string; assistantUrl: string; handoffId: string };
    expect(h.assistantUrl).toBe('https://pz.corp.example/#/assistant');
    expect(h.assistantUrl).not.toContain(h.token);
    const rows = await sql<{ prompt_enc: Uint8Array; token_hash: string }>`select prompt_enc, token_hash from gateway_handoffs`.execute(g.app.db);
    expect(Buffer.from(rows.rows[0]!.prompt_enc).toString('latin1')).not.toContain('jane.roe@acme-corp.com');
    expect(rows.rows[0]!.token_hash).not.toBe(h.token);

    const first = await redeem(h.token);
    expect(first.statusCode).toBe(200);
    const body = first.json() as { prompt: string; scrubbed: string; placeholders: { placeholder: string; entity: string; start: number; end: number }[]; conversationId: string; appId: string };
    expect(body.prompt).toBe(PROMPT);
    expect(body.appId).toBe('chatgpt');
    expect(body.scrubbed).toBe('Draft a reply to <PERSON_1> (<EMAIL_ADDRESS_1>) about her refund');
    for (const s of body.placeholders) expect(body.scrubbed.slice(s.start, s.end)).toBe(s.placeholder);
    expect(body.placeholders.map((p) => p.entity)).toEqual(['PERSON', 'EMAIL_ADDRESS']);

    const again = await redeem(h.token);
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('handoff_invalid');
    // The prompt ciphertext itself is dropped at redeem.
    const after = await sql<{ n: number }>`select length(prompt_enc)::int as n from gateway_handoffs where id = ${h.handoffId}`.execute(g.app.db);
    expect(after.rows[0]!.n).toBe(0);

    // The assistant page continues the conversation: same placeholders upstream, restored answer.
    fake.setScript(() => ({ content: [{ type: 'text', text: 'Dear <PERSON_1>, we refunded <EMAIL_ADDRESS_1>.' }] }));
    const m = await g.app.inject({
      method: 'POST', url: '/v1/messages', headers: { authorization: `Bearer ${employee}`, 'x-pz-conversation-id': body.conversationId },
      payload: { model: 'worker', max_tokens: 64, messages: [{ role: 'user', content: body.prompt }] },
    });
    expect(m.statusCode).toBe(200);
    expect((m.json() as { content: { text: string }[] }).content[0]!.text).toBe('Dear Jane Roe, we refunded jane.roe@acme-corp.com.');
    expect(fake.received.at(-1)!.raw).toContain(body.scrubbed);
    const usage = (await g.app.inject({ url: '/v1/gateway/usage', headers: { authorization: `Bearer ${g.admin}` } })).json() as { recent: { source: string }[] };
    expect(usage.recent[0]!.source).toBe('handoff');

    // Someone else cannot read or extend this conversation's vault.
    const other = await g.tokenFor('employee');
    const steal = await g.app.inject({ method: 'POST', url: '/v1/messages', headers: { authorization: `Bearer ${other}`, 'x-pz-conversation-id': body.conversationId }, payload: { max_tokens: 8, messages: [{ role: 'user', content: 'what is <EMAIL_ADDRESS_1>?' }] } });
    expect(steal.statusCode).toBe(403);

    // Explicit delete: the vault is gone and the id cannot be deleted twice.
    const del = await g.app.inject({ method: 'DELETE', url: `/v1/gateway/conversations/${body.conversationId}`, headers: { authorization: `Bearer ${employee}` } });
    expect(del.json()).toEqual({ deleted: true });
    const left = await sql<{ n: number }>`select count(*)::int as n from gateway_vault_entries where conversation_id = ${body.conversationId}`.execute(g.app.db);
    expect(left.rows[0]!.n).toBe(0);
  });

  it.each([
    ['unknown token', async () => 'pzh_' + 'x'.repeat(43)],
    ['expired token', async () => {
      const h = (await handoff()).json() as { token: string; handoffId: string };
      await g.app.db.updateTable('gateway_handoffs').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', h.handoffId).execute();
      return h.token;
    }],
  ])('refuses an %s with 410 handoff_invalid', async (_name, make) => {
    const r = await redeem(await make());
    expect(r.statusCode).toBe(410);
    expect(r.json().error.code).toBe('handoff_invalid');
  });

  /** Binds the device behind `deviceToken` to the user behind `sessionToken`, as enrollment with a user hint does. */
  const enrollAs = async (deviceToken: string, sessionToken: string) => {
    const u = await sql<{ email: string; key: string }>`select u.email, t.pseudonym_key as key from api_tokens a join users u on u.id = a.user_id join tenants t on t.id = u.tenant_id where a.token_hash = ${sha256(sessionToken)}`.execute(g.app.db);
    const { email, key } = u.rows[0]!;
    await sql`update devices set user_pseudonym = ${pseudonymOf(key, email)} where device_id = (select device_id from api_tokens where token_hash = ${sha256(deviceToken)})`.execute(g.app.db);
  };

  it.each([
    ['the user it was made for', 'owner', 200, undefined],
    ['another user', 'other', 403, 'handoff_wrong_user'],
  ] as const)('a hand-off from a device enrolled for a user, redeemed by %s', async (_n, who, status, code) => {
    const myDevice = await g.tokenFor('device');
    const owner = await g.tokenFor('employee');
    const other = await g.tokenFor('employee');
    await enrollAs(myDevice, owner);
    const h = (await g.app.inject({ method: 'POST', url: '/v1/handoff', headers: { authorization: `Bearer ${myDevice}` }, payload: { prompt: PROMPT, appId: 'chatgpt', host: 'chatgpt.com', decisionId: randomUUID(), entities: {} } })).json() as { token: string; handoffId: string };
    const r = await redeem(h.token, who === 'owner' ? owner : other);
    expect(r.statusCode).toBe(status);
    if (code) {
      expect(r.json().error.code).toBe(code);
      // The leaked token is spent and its prompt dropped: the rightful user cannot be handed a copy someone else saw.
      expect((await redeem(h.token, owner)).statusCode).toBe(410);
      const left = await sql<{ n: number }>`select length(prompt_enc)::int as n from gateway_handoffs where id = ${h.handoffId}`.execute(g.app.db);
      expect(left.rows[0]!.n).toBe(0);
    } else expect((r.json() as { prompt: string }).prompt).toBe(PROMPT);
  });

  it.each([
    ['worker', 'frontier', 'claude-haiku-4-5'],
    ['frontier', 'worker', 'claude-opus-5-5'],
    [undefined, 'worker', 'claude-haiku-4-5'], // no tier on the rule: the request's own tier stands
  ] as const)('a redirect rule with modelTier %s overrides a request for %s for the whole hand-off conversation', async (modelTier, requested, model) => {
    const rule = { id: 'redirect-email', match: { entities: ['EMAIL_ADDRESS'] }, action: 'redirect', ...(modelTier ? { modelTier } : {}) };
    await appendPolicyVersion(g.app.db, DEFAULT_TENANT, UsagePolicySchema.parse({ ...DEFAULT_POLICY, rules: [rule, ...DEFAULT_POLICY.rules] }), 'test', 'tier');
    try {
      const h = (await handoff()).json() as { token: string };
      const { conversationId } = (await redeem(h.token)).json() as { conversationId: string };
      for (const turn of [1, 2]) {
        const m = await g.app.inject({
          method: 'POST', url: '/v1/messages', headers: { authorization: `Bearer ${employee}`, 'x-pz-conversation-id': conversationId },
          payload: { model: requested, max_tokens: 16, messages: [{ role: 'user', content: `${PROMPT} (turn ${turn})` }] },
        });
        expect(m.statusCode).toBe(200);
        expect((fake.received.at(-1)!.body as { model: string }).model).toBe(model);
      }
      // Stored with the conversation: a restarted or other collector process answers it the same way.
      const stored = await sql<{ t: string | null }>`select model_tier as t from gateway_conversations where id = ${conversationId}`.execute(g.app.db);
      expect(stored.rows[0]?.t ?? undefined).toBe(modelTier);
    } finally {
      await appendPolicyVersion(g.app.db, DEFAULT_TENANT, DEFAULT_POLICY, 'test', 'restore');
    }
  });

  it.each([
    ['an employee session (not a device)', () => employee, 403],
    ['no token', () => '', 401],
  ])('POST /v1/handoff refuses %s', async (_name, token, status) => {
    const r = await g.app.inject({ method: 'POST', url: '/v1/handoff', headers: token() ? { authorization: `Bearer ${token()}` } : {}, payload: { prompt: 'x', appId: 'chatgpt', host: 'chatgpt.com', decisionId: randomUUID() } });
    expect(r.statusCode).toBe(status);
  });
});
