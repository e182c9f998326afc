import { HandoffRequestSchema, HandoffResponseSchema, type HandoffRequest } from '@protocol-zero/policies';
import type { Fetch } from '../managed-config/sync';

/** The assistant URL with the one-time token in the FRAGMENT: never sent to any server, never logged. */
export function assistantLink(assistantUrl: string, token: string): string {
  const u = new URL(assistantUrl);
  // Keep a hash route (`#/assistant`) and add the token inside the fragment, never in the query.
  const route = u.hash.startsWith('#/') ? u.hash.slice(1).split('?')[0] : '';
  u.hash = route ? `${route}?t=${encodeURIComponent(token)}` : `t=${encodeURIComponent(token)}`;
  return u.toString();
}

/**
 * POST the prompt (body, TLS) to the gateway's hand-off endpoint; the answer is a one-time token.
 * The prompt is never put in a URL and never logged; errors carry no content.
 */
export async function createHandoff(
  gatewayUrl: string,
  deviceToken: string | null,
  req: HandoffRequest,
  fetchFn: Fetch,
): Promise<{ ok: true; handoffId: string; url: string } | { ok: false; error: string }> {
  const body = HandoffRequestSchema.parse(req);
  try {
    const res = await fetchFn(`${gatewayUrl.replace(/\/+$/, '')}/v1/handoff`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(deviceToken ? { authorization: `Bearer ${deviceToken}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!res.ok) return { ok: false, error: `The gateway answered HTTP ${res.status}. Nothing was sent to the AI tool.` };
    const r = HandoffResponseSchema.parse(await res.json());
    return { ok: true, handoffId: r.handoffId, url: assistantLink(r.assistantUrl, r.token) };
  } catch {
    return { ok: false, error: 'The gateway is unreachable. Nothing was sent to the AI tool.' };
  }
}
