import { PlaceholderMap } from '@protocol-zero/policies';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { localAnalyzer } from './analyze';
import { applyScrub, collectSlots } from './scrub-request';

const never = new AbortController().signal;

describe('collectSlots', () => {
  it('finds system, text, tool_use input leaves, tool_result and thinking text; leaves the original body untouched', () => {
    const body = {
      system: [{ type: 'text', text: 'S' }],
      messages: [
        { role: 'user', content: 'U1' },
        { role: 'assistant', content: [{ type: 'thinking', thinking: 'T', signature: 'sig' }, { type: 'tool_use', id: 'x', name: 'n', input: { a: 'A', b: ['B', 3, { c: 'C' }] } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'x', content: [{ type: 'text', text: 'R' }] }, { type: 'text', text: 'U2' }] },
      ],
    };
    const { slots, body: clone } = collectSlots(body);
    expect(slots.map((s) => s.text)).toEqual(['S', 'U1', 'T', 'A', 'B', 'C', 'R', 'U2']);
    for (const s of slots) s.set(`<${s.text}>`);
    expect(JSON.stringify(clone)).toContain('"a":"<A>"');
    expect(body.messages[0]!.content).toBe('U1');
  });

  it.each([
    ['an image block', { messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } }] }] }, /cannot be scrubbed/],
    ['a document block', { messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'text', data: 'x' } }] }] }, /cannot be scrubbed/],
    ['no messages', { messages: [] }, /non-empty/],
    ['a bad role', { messages: [{ role: 'system', content: 'x' }] }, /role/],
    ['a non-object body', 'hello', /JSON object/],
  ])('refuses %s with a 400', (_n, body, re) => {
    let err: unknown;
    try {
      collectSlots(body);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    expect((err as AppError).message).toMatch(re);
  });
});

describe('applyScrub', () => {
  it('counts distinct placeholders per entity and writes scrubbed text back', async () => {
    const { slots } = collectSlots({ messages: [{ role: 'user', content: 'mail a.b@corp.example and c.d@corp.example' }, { role: 'assistant', content: 'ok a.b@corp.example' }] });
    const analyses = await Promise.all(slots.map((s) => localAnalyzer(s.text, never)));
    const out = applyScrub(slots, analyses, new PlaceholderMap((v) => v));
    expect(out.entities).toEqual({ EMAIL_ADDRESS: 2 });
    expect(slots.map((s) => s.text)).toEqual(['mail a.b@corp.example and c.d@corp.example', 'ok a.b@corp.example']); // slots keep the input
    expect(out.spans[1]!.map((s) => s.placeholder)).toEqual(['<EMAIL_ADDRESS_1>']);
  });
});
