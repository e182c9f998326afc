import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { internalHostname, internalHostnameFor } from './internal-hostname';

const found = (text: string, min = 0.5, d = internalHostname) => runDetector(d, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('network/internal-hostname', () => {
  it.each([
    ['ssh deploy@build-01.corp and db.prod', ['build-01.corp', 'db.prod']],
    ['see https://wiki.intranet/page', ['wiki.intranet']],
    ['billing-db.internal:5432 is slow', ['billing-db.internal']],
    ['connect to printer.local', ['printer.local']], // '.local' with a host word nearby
    ['data = threading.local()', []],
    ['visit example.com', []],
    ['a.'.repeat(4000) + 'internal', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('adds hosts under configured company domains, not the public apex', () => {
    const d = internalHostnameFor(['acme.com']);
    expect(found('git.acme.com and acme.com and notacme.com', 0.5, d)).toEqual(['git.acme.com']);
  });
});
