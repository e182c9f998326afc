import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkMarkdown } from './chunk';
import { extractHtml } from './html';

describe('extractHtml', () => {
  const html = readFileSync(new URL('./fixtures/intranet-page.html', import.meta.url), 'utf8');
  const doc = extractHtml(html);

  it('keeps the article and drops navigation, sidebar and footer chrome', () => {
    expect(doc.text).toContain('single sign-on account');
    expect(doc.text).toContain('vpnctl restart');
    for (const chrome of ['Cafeteria menu', 'Wi-Fi guest access', 'Finance', 'Cookie settings', 'Search the intranet']) expect(doc.text).not.toContain(chrome);
  });

  it('writes structure the chunker understands', () => {
    expect(doc.title).toMatch(/Remote access runbook/);
    const chunks = chunkMarkdown(doc.text, { maxTokens: 120, minTokens: 10 });
    expect(chunks.some((c) => c.headingPath.includes('When the tunnel drops') && c.text.includes('```'))).toBe(true);
    expect(doc.text).toMatch(/^1\. Open the VPN client\.$/m);
  });
});
