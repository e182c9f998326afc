import { describe, expect, it } from 'vitest';
import { parseHttpRequestHead } from './http-host';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseHttpRequestHead', () => {
  it.each([
    ['GET with Host', 'GET /x HTTP/1.1\r\nUser-Agent: a\r\nHost: chatgpt.com\r\n\r\n', { method: 'GET', target: '/x', host: 'chatgpt.com' }],
    ['lower-case header, LF only', 'POST /v1 HTTP/1.0\nhost:api.openai.com:8080\n\n', { method: 'POST', target: '/v1', host: 'api.openai.com:8080' }],
    ['CONNECT without Host', 'CONNECT claude.ai:443 HTTP/1.1\r\n\r\n', { method: 'CONNECT', target: 'claude.ai:443', host: 'claude.ai:443' }],
    ['no Host (HTTP/1.0)', 'GET / HTTP/1.0\r\n\r\n', { method: 'GET', target: '/', host: undefined }],
    ['Host after the blank line is body', 'GET / HTTP/1.1\r\n\r\nHost: evil\r\n', { method: 'GET', target: '/', host: undefined }],
  ])('%s', (_, text, want) => expect(parseHttpRequestHead(enc(text), 0, text.length)).toEqual(want));

  it.each(['HTTP/1.1 200 OK\r\n\r\n', 'GET /', 'GETX / HTTP/1.1\r\n', '\x16\x03\x01'])('not a request: %j', (text) => {
    expect(parseHttpRequestHead(enc(text), 0, text.length)).toBeUndefined();
  });
});
