// The contract every KbStore keeps, as a reusable vitest suite: embedded always, Qdrant when
// QDRANT_URL is set. What a user may see must not depend on which store a deployment picked.
import { describe, expect, it } from 'vitest';
import { LsaEmbedder } from '../embed/lsa';
import { DEFAULT_FUSION } from '../retrieval/fusion';
import type { KbStore, SearchRequest, StoredChunk } from './types';

const DOCS = [
  { id: 'expenses', acl: [], text: 'Travel expenses are reimbursed within 30 days when receipts are attached.' },
  { id: 'vpn', acl: [], text: 'Restart the VPN client when the tunnel drops; check UDP port 4500 on the router.' },
  { id: 'salaries', acl: ['hr'], text: 'Salary bands for 2026: engineering levels and their pay ranges, confidential.' },
  { id: 'board', acl: ['exec', 'finance'], text: 'Board minutes: acquisition of a competitor, salary budget and pay ranges.' },
  { id: 'holidays', acl: [], text: 'Office holidays and the calendar of public holidays in Berlin and Lyon.' },
];

export function runStoreContract(name: string, makeStore: () => Promise<KbStore>): void {
  describe(`KbStore contract: ${name}`, () => {
    const embedder = new LsaEmbedder({ dimensions: 4, seed: 2 });
    const tenantId = `t-${Math.random().toString(36).slice(2, 8)}`;

    async function chunksOf(doc: (typeof DOCS)[number], version = 'v1', text = doc.text): Promise<StoredChunk[]> {
      if (!embedder.fitted) await embedder.fit(DOCS.map((d) => d.text).concat(DOCS.map((d) => d.text)));
      const [vector] = await embedder.embed([text]);
      return [{ id: `${doc.id}:${version}:0`, tenantId, documentId: doc.id, title: doc.id, source: 'contract', headingPath: [], text, start: 0, end: text.length, acl: doc.acl, vector: vector! }];
    }
    async function search(store: KbStore, text: string, groups: string[], mode: SearchRequest['mode'] = 'hybrid', tenant = tenantId) {
      const [vector] = await embedder.embed([text]);
      return store.search({ tenantId: tenant, text, vector: vector!, groups, k: 10, mode, fusion: DEFAULT_FUSION });
    }
    async function seeded(): Promise<KbStore> {
      const store = await makeStore();
      for (const d of DOCS) await store.upsert(await chunksOf(d));
      return store;
    }

    it('finds the relevant document first', async () => {
      const store = await seeded();
      try {
        expect((await search(store, 'how are travel expenses reimbursed', []))[0]?.chunk.documentId).toBe('expenses');
        expect(await store.count()).toBeGreaterThanOrEqual(DOCS.length);
      } finally {
        await store.close();
      }
    });

    it.each(['hybrid', 'bm25', 'dense'] as const)('never returns a restricted chunk to a user outside its groups (%s)', async (mode) => {
      const store = await seeded();
      try {
        const outsider = await search(store, 'salary pay ranges board acquisition', ['engineering'], mode);
        expect(outsider.map((h) => h.chunk.documentId).filter((d) => d === 'salaries' || d === 'board')).toEqual([]);
        const hr = await search(store, 'salary pay ranges', ['hr'], mode);
        expect(hr.map((h) => h.chunk.documentId)).toContain('salaries');
        expect(hr.map((h) => h.chunk.documentId)).not.toContain('board');
      } finally {
        await store.close();
      }
    });

    it('replaces a document atomically and deletes it', async () => {
      const store = await seeded();
      try {
        const vpn = DOCS[1]!;
        await store.replaceDocument(tenantId, vpn.id, await chunksOf(vpn, 'v2', 'The VPN was retired; use the zero-trust access agent instead.'));
        const hits = (await search(store, 'vpn', [], 'bm25')).filter((h) => h.chunk.documentId === 'vpn');
        expect(hits.map((h) => h.chunk.id)).toEqual(['vpn:v2:0']);
        await store.deleteDocument(tenantId, vpn.id);
        expect((await search(store, 'vpn zero-trust agent', [], 'bm25')).map((h) => h.chunk.documentId)).not.toContain('vpn');
      } finally {
        await store.close();
      }
    });

    it('returns the pages a chunk came from, and none for a chunk without pages', async () => {
      const store = await seeded();
      try {
        const text = 'Per diem rates for trips abroad are listed in the appendix table of the travel manual.';
        const [vector] = await embedder.embed([text]);
        await store.upsert([{ id: 'manual:v1:0', tenantId, documentId: 'manual', title: 'Travel manual', source: 'contract.pdf', headingPath: ['Appendix'], text, start: 0, end: text.length, pages: { from: 3, to: 4 }, acl: [], vector: vector! }]);
        const hits = await search(store, 'per diem rates abroad appendix', [], 'bm25');
        expect(hits[0]?.chunk).toMatchObject({ id: 'manual:v1:0', pages: { from: 3, to: 4 } });
        const plain = (await search(store, 'travel expenses reimbursed receipts', [], 'bm25')).find((h) => h.chunk.documentId === 'expenses');
        expect(plain?.chunk.pages).toBeUndefined();
      } finally {
        await store.close();
      }
    });

    it('keeps tenants apart', async () => {
      const store = await seeded();
      try {
        expect(await search(store, 'travel expenses', [], 'hybrid', 'another-tenant')).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
}
