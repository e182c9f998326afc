// Sends one turn to the gateway and streams the restored answer back. The conversation id keeps
// placeholders stable across turns; the session token rides only in the Authorization header.
import { loadSession } from '../../api/client';
import { pageLabel } from '../kb/upload-file';
import { SseParser } from './sse';

/** A knowledge-base passage the answer was grounded on (no passage text: that stays server-side). */
export interface Citation {
  n: number;
  title: string;
  source: string;
  headingPath: string[];
  /** PDF passages: the pages they came from. */
  pages?: { from: number; to: number };
  flagged: boolean;
}

export interface Turn {
  role: 'user' | 'assistant';
  text: string;
  /** Placeholders the model invented (never issued): shown as a warning under the answer. */
  invented?: string[];
  citations?: Citation[];
}

/** "Travel policy › Reimbursement, p. 2": the title once, then the heading path, then PDF pages. */
export function citationLabel(c: Citation): string {
  const path = [c.title, ...c.headingPath.filter((h) => h !== c.title)].join(' › ');
  const pages = pageLabel(c.pages);
  return pages ? `${path}, ${pages}` : path;
}

export function parseCitations(header: string | null): Citation[] {
  if (!header) return [];
  try {
    const v = JSON.parse(decodeURIComponent(header)) as Citation[];
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

export class ChatError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const FRIENDLY: Record<string, string> = {
  gateway_budget_exceeded: 'Your assistant budget is used up for now. Ask your administrator to raise it.',
  gateway_no_model: 'No model is configured for the company assistant yet.',
  gateway_analysis_failed: 'Your message could not be checked for sensitive data, so it was not sent. Try again in a moment.',
};

export async function sendTurn(conversationId: string, history: Turn[], onText: (delta: string) => void): Promise<{ invented: string[]; citations: Citation[] }> {
  const s = loadSession();
  const res = await fetch('/v1/messages', {
    method: 'POST',
    // Grounded in the company knowledge base: the gateway adds the passages (scrubbed like the prompt).
    headers: { 'content-type': 'application/json', 'x-pz-conversation-id': conversationId, 'x-pz-grounding': 'kb', ...(s ? { authorization: `Bearer ${s.token}` } : {}) },
    body: JSON.stringify({ model: 'frontier', max_tokens: 2048, stream: true, messages: history.map((t) => ({ role: t.role, content: t.text })) }),
  });
  if (!res.ok || !res.body) {
    let code = 'http_error';
    let message = `${res.status} ${res.statusText}`;
    try {
      const e = ((await res.json()) as { error: { code: string; message: string } }).error;
      code = e.code;
      message = e.message;
    } catch { /* not JSON */ }
    throw new ChatError(code, FRIENDLY[code] ?? message);
  }
  const citations = parseCitations(res.headers.get('x-pz-citations'));
  const parser = new SseParser();
  const reader = res.body.getReader();
  let invented: string[] = [];
  const handle = (data: string) => {
    const ev = JSON.parse(data) as { type: string; delta?: { type: string; text?: string }; pz?: { invented_placeholders: string[] }; error?: { code?: string; message: string } };
    if (ev.type === 'content_block_delta' && ev.delta?.type === 'text_delta' && ev.delta.text) onText(ev.delta.text);
    if (ev.type === 'message_delta' && ev.pz) invented = ev.pz.invented_placeholders;
    if (ev.type === 'error') throw new ChatError(ev.error?.code ?? 'stream_error', ev.error?.message ?? 'the answer stopped');
  };
  for (;;) {
    const { done, value } = await reader.read();
    for (const e of done ? parser.end() : parser.push(value)) handle(e.data);
    if (done) break;
  }
  return { invented, citations };
}
