// Maps the redeem response's placeholder spans (offsets in the SCRUBBED text) back onto the
// original prompt, so the page can highlight exactly what will not leave the company. Text between
// placeholders is identical in both versions, which is what the walk relies on.

export interface Span {
  placeholder: string;
  entity: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  span?: Span;
}

export function alignOriginal(prompt: string, scrubbed: string, spans: readonly Span[]): Segment[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let sPos = 0;
  let oPos = 0;
  for (let i = 0; i < sorted.length; i++) {
    const sp = sorted[i]!;
    const literal = scrubbed.slice(sPos, sp.start);
    if (prompt.slice(oPos, oPos + literal.length) !== literal) return [{ text: prompt }]; // not aligned: show plain
    if (literal) out.push({ text: literal });
    oPos += literal.length;
    const next = sorted[i + 1];
    const after = scrubbed.slice(sp.end, next ? next.start : scrubbed.length);
    // The value ends where the following literal begins. After the last span that literal is the
    // prompt's tail, so it is matched from the end: a value like "db01.corp.internal" followed by "."
    // must not stop at its own first dot.
    const end = next ? (after ? prompt.indexOf(after, oPos + 1) : -1) : prompt.endsWith(after) ? prompt.length - after.length : -1;
    if (end < oPos) return [{ text: prompt }];
    out.push({ text: prompt.slice(oPos, end), span: sp });
    oPos = end;
    sPos = sp.end;
  }
  if (oPos < prompt.length) out.push({ text: prompt.slice(oPos) });
  return out;
}

export { tokenFromHash } from '../../handoff-link';
