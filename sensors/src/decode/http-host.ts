// HTTP/1.x request line + Host header from the first bytes of a client→server TCP payload.

const METHODS = ['GET ', 'POST ', 'PUT ', 'HEAD ', 'DELETE ', 'OPTIONS ', 'PATCH ', 'CONNECT ', 'TRACE '];
const MAX_SCAN = 8192;

export function looksLikeHttpRequest(b: Uint8Array, off: number, end: number): boolean {
  const c = b[off];
  if (c === undefined || c < 0x43 || c > 0x54) return false; // 'C'..'T': cheap first-byte filter
  outer: for (const m of METHODS) {
    if (end - off < m.length) continue;
    for (let i = 0; i < m.length; i++) if (b[off + i] !== m.charCodeAt(i)) continue outer;
    return true;
  }
  return false;
}

export interface HttpRequestHead { method: string; target: string; host: string | undefined }

/** Returns the request head if the payload starts with an HTTP/1.x request; undefined otherwise. */
export function parseHttpRequestHead(b: Uint8Array, off: number, end: number): HttpRequestHead | undefined {
  if (!looksLikeHttpRequest(b, off, end)) return undefined;
  const buf = Buffer.from(b.buffer, b.byteOffset + off, Math.min(end - off, MAX_SCAN)); // a view, no copy
  let eol = buf.indexOf(0x0a);
  if (eol < 0) eol = buf.length;
  const requestLine = buf.toString('latin1', 0, eol > 0 && buf[eol - 1] === 0x0d ? eol - 1 : eol);
  const sp1 = requestLine.indexOf(' ');
  const sp2 = requestLine.indexOf(' ', sp1 + 1);
  if (sp1 < 0 || sp2 < 0 || !requestLine.startsWith('HTTP/1.', sp2 + 1)) return undefined;
  const method = requestLine.slice(0, sp1);
  const target = requestLine.slice(sp1 + 1, sp2);
  let host: string | undefined;
  // Header lines until the blank line; compare "host:" byte-wise, case-insensitively.
  for (let p = eol + 1; p < buf.length; ) {
    let next = buf.indexOf(0x0a, p);
    if (next < 0) next = buf.length;
    const lineEnd = next > p && buf[next - 1] === 0x0d ? next - 1 : next;
    if (lineEnd === p) break;
    if (lineEnd - p > 5 && (buf[p]! | 0x20) === 0x68 && (buf[p + 1]! | 0x20) === 0x6f && (buf[p + 2]! | 0x20) === 0x73 && (buf[p + 3]! | 0x20) === 0x74 && buf[p + 4] === 0x3a) {
      host = buf.toString('latin1', p + 5, lineEnd).trim();
      break;
    }
    p = next + 1;
  }
  if (host === undefined && method === 'CONNECT') host = target;
  return { method, target, host };
}
