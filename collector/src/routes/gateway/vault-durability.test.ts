// The vault write runs while the scrubbed request is already upstream, but no answer is released
// before it is durable. A clash with another node's entry (simulated by writing one straight into
// the database behind this node's cache) must end in 503 gateway_vault_unavailable, JSON or
// stream, and the retry must succeed from the stored state with no number reused.
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lastUserText, startFakeAnthropic, type FakeAnthropic } from '../../../../test/fixtures/fake-anthropic/server';
import { keyedId, seal } from '../../gateway/crypto';
import { DEFAULT_TENANT } from '../../db/repositories/identity';
import { TARGETS } from '../../testing/harness';
import { placeholdersIn, startGatewayApp, type GatewayTestApp } from './test-support';

describe.each(TARGETS)('gateway vault durability on $name', (target) => {
  let fake: FakeAnthropic;
  let g: GatewayTestApp;
  let token: string;
  let n = 0;

  beforeAll(async () => {
    fake = await startFakeAnthropic();
    g = await startGatewayApp(target, { ANTHROPIC_API_KEY: 'sk-upstream-test', ANTHROPIC_BASE_URL: fake.url });
    token = await g.gatewayToken('dora@corp.example');
  });
  afterAll(async () => {
    await g?.close();
    await fake?.close();
  });
  beforeEach(() => {
    fake.reset();
    fake.setScript((req) => ({ content: [{ type: 'text', text: `Echo: ${lastUserText(req.body)}` }] }));
  });

  const call = (conv: string, text: string, stream: boolean) =>
    fetch(`${g.baseUrl}/v1/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': token, 'x-pz-conversation-id': conv },
      body: JSON.stringify({ model: 'worker', max_tokens: 64, stream, messages: [{ role: 'user', content: text }] }),
    });

  /** What another collector node does: numbers a new value in this conversation and stores it. */
  const otherNodeAdds = async (conv: string, placeholder: string, value: string) => {
    const { keys } = g.app.gateway;
    const row = { tenant_id: DEFAULT_TENANT, conversation_id: conv, key_id: keyedId(keys.mac, DEFAULT_TENANT, conv)(value), placeholder, entity: 'EMAIL_ADDRESS', value_enc: seal(keys.enc, value, `${DEFAULT_TENANT}|${conv}|${placeholder}`) };
    await sql`insert into gateway_vault_entries (tenant_id, conversation_id, key_id, placeholder, entity, value_enc) values (${row.tenant_id}, ${row.conversation_id}, ${row.key_id}, ${row.placeholder}, ${row.entity}, ${row.value_enc})`.execute(g.app.db);
  };

  it.each([false, true])('a clash with another node releases no answer (stream: %s); the retry numbers from the stored state', async (stream) => {
    const conv = `durable-${target.name}-${++n}-${stream}`;
    const first = await call(conv, 'Write to a1@corp.example', stream);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('a1@corp.example');
    await otherNodeAdds(conv, '<EMAIL_ADDRESS_2>', 'b2@corp.example');

    // This node's cached map still thinks _2 is free: the write clashes after the request went upstream.
    const clash = await call(conv, 'Write to a1@corp.example and c3@corp.example', stream);
    const body = await clash.text();
    expect(clash.status).toBe(503);
    expect(JSON.parse(body).error.code).toBe('gateway_vault_unavailable');
    expect(body).not.toContain('c3@corp.example');
    expect(fake.received.at(-1)?.raw ?? '').not.toContain('c3@corp.example');

    const retry = await call(conv, 'Write to a1@corp.example and c3@corp.example', stream);
    expect(retry.status).toBe(200);
    const answer = await retry.text();
    expect(answer).toContain('c3@corp.example');
    expect(placeholdersIn(fake.received.at(-1)!.raw)).toEqual(['<EMAIL_ADDRESS_1>', '<EMAIL_ADDRESS_3>']);
    const stored = await sql<{ placeholder: string }>`select placeholder from gateway_vault_entries where conversation_id = ${conv} order by placeholder`.execute(g.app.db);
    expect(stored.rows.map((r) => r.placeholder)).toEqual(['<EMAIL_ADDRESS_1>', '<EMAIL_ADDRESS_2>', '<EMAIL_ADDRESS_3>']);
  });

  it('shutdown writes every accepted audit row and budget increment', async () => {
    await g.app.gateway.audit.flush(); // rows of the tests above
    const before = await sql<{ n: number }>`select count(*)::int as n from gateway_requests`.execute(g.app.db);
    const r = await call(`durable-${target.name}-close`, 'hello there', false);
    expect(r.status).toBe(200);
    expect(g.app.gateway.audit.pending).toBeGreaterThan(0); // still buffered: the request did not wait for it
    await g.app.gateway.audit.close();
    await g.app.gateway.budgets.close();
    expect(g.app.gateway.audit.pending).toBe(0);
    const after = await sql<{ n: number }>`select count(*)::int as n from gateway_requests`.execute(g.app.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n + 1);
    const counters = await sql<{ n: number }>`select coalesce(sum(requests), 0)::int as n from gateway_usage_counters`.execute(g.app.db);
    expect(counters.rows[0]!.n).toBeGreaterThan(0);
  });
});
