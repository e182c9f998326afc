import { describe, expect, it } from 'vitest';
import { UsageError } from '../line-format';
import { csvFormat, jsonlFormat, parseMap } from './generic';

describe('generic csv/jsonl with --map', () => {
  it('csv by header name', () => {
    const parse = csvFormat.create({ referenceMs: 0, map: parseMap('host=dest,client=src,ts=time,bytesUp=up') });
    expect(parse('time,src,dest,up')).toBe('skip');
    expect(parse('1700000000,10.0.0.1,chatgpt.com,42')).toMatchObject({ client: '10.0.0.1', host: 'chatgpt.com', bytesUp: 42, tsMs: 1700000000000 });
  });
  it('csv by index, url column', () => {
    const parse = csvFormat.create({ referenceMs: 5, map: parseMap('url=1,user=0') });
    expect(parse('alice,https://claude.ai/chat')).toMatchObject({ client: 'alice', host: 'claude.ai', tsMs: 5 });
  });
  it('jsonl with dotted paths', () => {
    const parse = jsonlFormat.create({ referenceMs: 0, map: parseMap('host=destination.domain,client=source.ip,ts=@timestamp') });
    expect(parse('{"destination":{"domain":"gemini.google.com"},"source":{"ip":"10.2.2.2"},"@timestamp":"2024-01-02T03:04:05Z"}')).toMatchObject({ host: 'gemini.google.com', client: '10.2.2.2', tsMs: Date.UTC(2024, 0, 2, 3, 4, 5) });
    expect(parse('{not json')).toBe('bad');
  });
  it.each(['host', 'client=x', 'host=a', 'nope=a,host=b,client=c'])('bad --map %s', (m) => {
    expect(() => parseMap(m)).toThrow(UsageError);
  });
  it('requires --map', () => expect(() => csvFormat.create({ referenceMs: 0 })).toThrow(UsageError));
});
