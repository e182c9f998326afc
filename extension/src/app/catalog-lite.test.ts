import { APPS, matchHost } from '@protocol-zero/policies';
import { describe, expect, it } from 'vitest';
import { liteCatalog } from './build-data';
import { lookupLite } from './catalog-lite';

describe('lite catalog', () => {
  const lite = liteCatalog();
  const hosts = Object.values(APPS).flatMap((a) => a.hosts);
  it.each(['www.chatgpt.com', 'chatgpt.com', 'notchatgpt.com', 'chatgpt.com.evil.test', 'example.com'])('%s agrees with matchHost', (h) => {
    const full = matchHost(h);
    expect(lookupLite(lite, h)?.id).toBe(full?.kind === 'web' ? full.app.id : undefined);
  });
  it('knows every web host of the catalog', () => {
    for (const h of hosts) expect(lookupLite(lite, h)).toBeDefined();
  });
});
