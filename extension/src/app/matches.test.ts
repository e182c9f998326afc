import { APPS } from '@protocol-zero/policies';
import { describe, expect, it } from 'vitest';
import { contentMatches } from './matches';

describe('contentMatches', () => {
  const m = contentMatches();
  it('covers every catalogued web host and every adapter host, with subdomains', () => {
    for (const app of Object.values(APPS)) for (const h of app.hosts) expect(m).toContain(`*://${h}/*`);
    for (const h of ['claude.ai', 'gemini.google.com', 'chat.deepseek.com']) expect(m).toContain(`*://*.${h}/*`);
  });
  it('skips things that are not plain hostnames', () => {
    const bad = contentMatches([{ ...Object.values(APPS)[0]!, hosts: ['*.weird', 'localhost', 'ok.example'] }]);
    expect(bad).toContain('*://ok.example/*');
    expect(bad.join(' ')).not.toMatch(/weird|localhost/);
  });
});
