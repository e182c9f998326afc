// Knowledge-base routes (collector/src/routes/kb): documents with ACL groups, and hybrid search
// with citations. Shapes kept field-for-field with the zod schemas there.
import { api } from './client';

export type KbContentType = 'text/markdown' | 'text/html' | 'text/plain' | 'application/pdf';

export interface KbDocument {
  id: string;
  source: string;
  title: string;
  contentType: string;
  acl: string[];
  chunks: number;
  updatedAt: string;
}

export interface KbHit {
  n: number;
  documentId: string;
  title: string;
  source: string;
  headingPath: string[];
  start: number;
  end: number;
  /** PDF passages: the pages they came from. */
  pages?: { from: number; to: number };
  flagged: string[];
  text: string;
  score: number;
}

export type KbMode = 'hybrid' | 'bm25' | 'dense';

export interface KbUpload {
  source: string;
  title?: string;
  contentType: KbContentType;
  /** Text, or base64 bytes for a PDF. */
  content: string;
  acl: string[];
}

export interface KbIngestResult {
  documentId: string;
  status: 'created' | 'replaced' | 'unchanged';
  chunks: number;
}

export const kb = {
  documents: async () => (await api.get<{ documents: KbDocument[] }>('/v1/kb/documents')).documents,
  upload: (doc: KbUpload) => api.post<KbIngestResult>('/v1/kb/documents', doc),
  remove: (id: string) => api.remove(`/v1/kb/documents/${encodeURIComponent(id)}`),
  search: (query: string, k = 5, mode: KbMode = 'hybrid') => api.post<{ mode: KbMode; hits: KbHit[] }>('/v1/kb/search', { query, k, mode }),
};
