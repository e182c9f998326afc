import { describe, expect, it } from 'vitest';
import { citationsHeader, lastUserText, passagesReply, withGrounding } from './messages';

describe('grounding a Messages request', () => {
  it.each([
    [{ messages: [{ role: 'user', content: 'first' }, { role: 'assistant', content: 'x' }, { role: 'user', content: 'vpn?' }] }, 'vpn?'],
    [{ messages: [{ role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'image' }, { type: 'text', text: 'b' }] }] }, 'a\nb'],
    [{ messages: [] }, ''],
    [null, ''],
  ])('last user text of %j', (body, expected) => {
    expect(lastUserText(body)).toBe(expected);
  });

  it.each([
    [{}, 'G'],
    [{ system: 'Be brief.' }, 'G\n\nBe brief.'],
    [{ system: [{ type: 'text', text: 'Be brief.' }] }, [{ type: 'text', text: 'G' }, { type: 'text', text: 'Be brief.' }]],
  ])('puts grounding first in system %j', (body, system) => {
    expect(withGrounding({ messages: [], ...body }, 'G').system).toEqual(system);
  });

  it('encodes citations without passage text and answers in the Messages shape', () => {
    const h = citationsHeader([{ n: 1, documentId: 'd', title: 'Runbook — VPN', source: 's', headingPath: ['A'], start: 0, end: 5, flagged: [] }]);
    expect(h).toMatch(/^[\x21-\x7e]+$/);
    expect(JSON.parse(decodeURIComponent(h))).toEqual([{ n: 1, title: 'Runbook — VPN', source: 's', headingPath: ['A'], flagged: false }]);
    const paged = citationsHeader([{ n: 2, documentId: 'd', title: 'Manual', source: 'm.pdf', headingPath: [], start: 0, end: 5, pages: { from: 3, to: 4 }, flagged: ['x'] }]);
    expect(JSON.parse(decodeURIComponent(paged))).toEqual([{ n: 2, title: 'Manual', source: 'm.pdf', headingPath: [], pages: { from: 3, to: 4 }, flagged: true }]);
    const { message, events } = passagesReply('hello');
    expect(message.content).toEqual([{ type: 'text', text: 'hello' }]);
    expect(events.map((e) => e.type)).toEqual(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop']);
  });
});
