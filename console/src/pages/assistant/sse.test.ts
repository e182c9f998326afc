import { describe, expect, it } from 'vitest';
import { SseParser } from './sse';

const STREAM =
  'event: message_start\ndata: {"type":"message_start"}\n\n' +
  'event: ping\ndata: {"type": "ping"}\n\n' +
  'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Zoë ✓ 日本"}}\n\n' +
  'event: message_stop\r\ndata: {"type":"message_stop"}\r\n\r\n';
const bytes = new TextEncoder().encode(STREAM);

function parse(cuts: number[]) {
  const p = new SseParser();
  const out = [];
  let last = 0;
  for (const c of [...cuts, bytes.length]) {
    out.push(...p.push(bytes.slice(last, c)));
    last = c;
  }
  return [...out, ...p.end()];
}

describe('SseParser', () => {
  it('parses the event sequence whole', () => {
    expect(parse([]).map((e) => e.event)).toEqual(['message_start', 'ping', 'content_block_delta', 'message_stop']);
  });

  it('gives the same events for a split at every byte boundary (multi-byte characters included)', () => {
    const whole = parse([]);
    for (let i = 0; i <= bytes.length; i++) expect(parse([i]), `cut ${i}`).toEqual(whole);
    expect(JSON.parse(whole[2]!.data).delta.text).toBe('Zoë ✓ 日本');
  });
});
