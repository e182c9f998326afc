import { describe, expect, it } from 'vitest';
import { aclFilter, fromPayload, pointId, QdrantStore, sparseVector, toPayload } from './qdrant';
import type { KbChunk } from './types';
import { runStoreContract } from './store-contract';

// No Qdrant server can be installed here: the full contract runs when QDRANT_URL points at one
// (CI of a real deployment), and the request shapes the adapter builds are checked always.
const url = process.env.QDRANT_URL;
if (url) runStoreContract('qdrant', async () => QdrantStore.fromUrl(url, `pz_contract_${Date.now()}`, 4));

describe.skipIf(!!url)('Qdrant adapter request shapes (no server)', () => {
  it('filters on tenant, and on public-or-shared-group ACLs', () => {
    expect(aclFilter('t1', ['hr'])).toEqual({
      must: [{ key: 'tenant_id', match: { value: 't1' } }, { should: [{ is_empty: { key: 'acl' } }, { key: 'acl', match: { any: ['hr'] } }] }],
    });
    expect(aclFilter('t1', []).must[1]).toEqual({ should: [{ is_empty: { key: 'acl' } }] });
  });
  it('builds sorted, stable sparse vectors and UUID point ids', () => {
    const a = sparseVector('VPN vpn tunnel', true);
    expect(a.indices).toEqual([...a.indices].sort((x, y) => x - y));
    expect(a.indices).toHaveLength(2);
    expect(Math.max(...a.values)).toBeGreaterThan(Math.min(...a.values)); // tf 2 outweighs tf 1
    expect(sparseVector('tunnel', false).values).toEqual([1]);
    expect(pointId('doc:abc:0')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(pointId('doc:abc:0')).toBe(pointId('doc:abc:0'));
  });
  it.each([
    ['with pages', { from: 2, to: 3 }],
    ['without pages', undefined],
  ])('carries a chunk through its payload unchanged (%s)', (_name, pages) => {
    const chunk: KbChunk = { id: 'd:h:0', tenantId: 't', documentId: 'd', title: 'T', source: 's.pdf', headingPath: ['A'], text: 'x', start: 0, end: 1, acl: ['hr'], ...(pages ? { pages } : {}) };
    const payload = toPayload(chunk);
    expect(payload).toMatchObject({ page_from: pages?.from ?? null, page_to: pages?.to ?? null });
    expect(fromPayload(JSON.parse(JSON.stringify(payload)))).toEqual(chunk);
  });
});
