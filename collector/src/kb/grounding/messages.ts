// Grounding for Messages API calls: the knowledge-base block goes into `system` BEFORE the gateway
// scrubs the request, so retrieved passages are scrubbed like the user's own text.
import type { Citation } from './context';

type Obj = Record<string, unknown>;

/** The text of the last user turn (string content or its text blocks): what retrieval searches for. */
export function lastUserText(body: unknown): string {
  const messages = (body as Obj | null)?.messages;
  if (!Array.isArray(messages)) return '';
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i] as Obj;
    if (m?.role !== 'user') continue;
    if (typeof m.content === 'string') return m.content;
    if (Array.isArray(m.content)) return m.content.filter((b: Obj) => b?.type === 'text' && typeof b.text === 'string').map((b: Obj) => b.text as string).join('\n');
    return '';
  }
  return '';
}

/** A copy of the body with the grounding block first in `system` (string or block-list form). */
export function withGrounding(body: Obj, grounding: string): Obj {
  if (!grounding) return body;
  const system = body.system;
  if (Array.isArray(system)) return { ...body, system: [{ type: 'text', text: grounding }, ...system] };
  if (typeof system === 'string' && system) return { ...body, system: `${grounding}\n\n${system}` };
  return { ...body, system: grounding };
}

/** Citations travel in a header (both JSON and SSE answers): ASCII-safe JSON, no passage text. */
export function citationsHeader(citations: readonly Citation[]): string {
  return encodeURIComponent(JSON.stringify(citations.map((c) => ({ n: c.n, title: c.title, source: c.source, headingPath: c.headingPath, ...(c.pages ? { pages: c.pages } : {}), flagged: c.flagged.length > 0 }))));
}

/** With no model configured, the answer is the best passages, shaped as a Messages API reply. */
export function passagesReply(text: string): { message: Obj; events: Obj[] } {
  const id = `msg_kb_${Date.now().toString(36)}`;
  const usage = { input_tokens: 0, output_tokens: 0 };
  const message = { id, type: 'message', role: 'assistant', model: 'knowledge-base', content: [{ type: 'text', text }], stop_reason: 'end_turn', stop_sequence: null, usage };
  const events: Obj[] = [
    { type: 'message_start', message: { ...message, content: [] } },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } },
    { type: 'content_block_stop', index: 0 },
    { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 0 } },
    { type: 'message_stop' },
  ];
  return { message, events };
}
