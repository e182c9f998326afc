// Knowledge-base routes (collector/src/routes/kb): documents with ACL groups, and hybrid search
// with citations. Shapes are the collector's own zod schemas (policies/src/wire/kb.ts).
import { api } from './client';

export type { KbContentType, KbDocument, KbHit, KbIngestResult, KbMode, KbUpload } from '@protocol-zero/policies';
import type { KbDocument, KbHit, KbIngestResult, KbMode, KbUpload } from '@protocol-zero/policies';

export const kb = {
  documents: async () => (await api.get<{ documents: KbDocument[] }>('/v1/kb/documents')).documents,
  upload: (doc: KbUpload) => api.post<KbIngestResult>('/v1/kb/documents', doc),
  remove: (id: string) => api.remove(`/v1/kb/documents/${encodeURIComponent(id)}`),
  search: (query: string, k = 5, mode: KbMode = 'hybrid') => api.post<{ mode: KbMode; hits: KbHit[] }>('/v1/kb/search', { query, k, mode }),
};
