import { z } from 'zod';

// The knowledge base's HTTP shapes (collector/src/routes/kb), read by the console.

export const KB_CONTENT_TYPES = ['text/markdown', 'text/html', 'text/plain', 'application/pdf'] as const;
export type KbContentType = (typeof KB_CONTENT_TYPES)[number];
export const KB_MODES = ['hybrid', 'bm25', 'dense'] as const;
export type KbMode = (typeof KB_MODES)[number];
/** An ACL group name: documents name the groups that may retrieve them. */
export const KbGroup = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/);

/** Where a passage came from: document, heading path, character offsets and, for PDFs, pages. */
export const KbCitationSchema = z.object({
  n: z.number(),
  documentId: z.string(),
  title: z.string(),
  source: z.string(),
  headingPath: z.array(z.string()),
  start: z.number(),
  end: z.number(),
  /** PDF passages: the pages they came from (absent for documents without pages). */
  pages: z.object({ from: z.number().int().min(1), to: z.number().int().min(1) }).optional(),
  /** Prompt-injection reasons found in the passage, if any (it is then quoted as data, never obeyed). */
  flagged: z.array(z.string()),
});
export type KbCitation = z.infer<typeof KbCitationSchema>;

export const KbHitSchema = KbCitationSchema.extend({ text: z.string(), score: z.number() });
export type KbHit = z.infer<typeof KbHitSchema>;

export const KbSearchRequestSchema = z
  .object({ query: z.string().min(1).max(4000), k: z.number().int().min(1).max(50).default(5), mode: z.enum(KB_MODES).default('hybrid') })
  .strict();
export const KbSearchResponseSchema = z.object({ mode: z.enum(KB_MODES), hits: z.array(KbHitSchema) });
export type KbSearchResponse = z.infer<typeof KbSearchResponseSchema>;

export const KbUploadSchema = z
  .object({
    source: z.string().min(1).max(2000),
    title: z.string().max(300).optional(),
    contentType: z.enum(KB_CONTENT_TYPES),
    /** Text, or base64 bytes for a PDF. */
    content: z.string().min(1).max(15_000_000),
    acl: z.array(KbGroup).max(50).default([]),
  })
  .strict();
export type KbUpload = z.input<typeof KbUploadSchema>;

export const KbIngestResultSchema = z.object({ documentId: z.string(), status: z.enum(['created', 'replaced', 'unchanged']), chunks: z.number() });
export type KbIngestResult = z.infer<typeof KbIngestResultSchema>;

export const KbDocumentSchema = z.object({
  id: z.string(), source: z.string(), title: z.string(), contentType: z.string(), acl: z.array(z.string()), chunks: z.number(), updatedAt: z.string(),
});
export type KbDocument = z.infer<typeof KbDocumentSchema>;
export const KbDocumentsSchema = z.object({ documents: z.array(KbDocumentSchema) });
