// The assistant page's two calls, made directly: used only when the page could not make them, so
// the seam (extension token → redeem → scrub → model → restore) is still proven and reported.
import { CUSTOMER, PROMPT } from '../../fixtures/mission/index';
import type { Mission } from './state';

export interface StoredEvent { id: string; deviceId: string; appId: string; outcome: string; action: string; handoffId?: string; entities: Record<string, number> }

export async function gatewayViaApi(m: Mission): Promise<void> {
  const r = await m.c.call<{ conversationId: string; prompt: string; scrubbed: string }>('POST', '/v1/handoff/redeem', m.tokens.employee, { token: m.handoffToken });
  if (r.status !== 200) throw new Error(`the extension's hand-off token could not be redeemed by the employee: HTTP ${r.status} ${r.text.slice(0, 200)}`);
  if (r.body.prompt !== PROMPT) throw new Error('the redeemed prompt is not what the employee typed');
  for (const v of Object.values(CUSTOMER)) if (r.body.scrubbed.includes(v)) throw new Error('the scrubbed prompt still holds a raw value');
  m.gatewayVia = 'api';
  const res = await fetch(`${m.c.base}/v1/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${m.tokens.employee}`, 'content-type': 'application/json', 'x-pz-conversation-id': r.body.conversationId },
    body: JSON.stringify({ max_tokens: 512, stream: true, messages: [{ role: 'user', content: PROMPT }] }),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`/v1/messages answered HTTP ${res.status}: ${body.slice(0, 300)}`);
  const text = body.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as { type: string; delta?: { type: string; text?: string } })
    .filter((e) => e.type === 'content_block_delta' && e.delta?.type === 'text_delta').map((e) => e.delta!.text).join('');
  for (const v of Object.values(CUSTOMER)) if (!text.includes(v)) throw new Error(`the streamed answer was not restored (a ${Object.entries(CUSTOMER).find(([, x]) => x === v)![0]} is missing)`);
}
