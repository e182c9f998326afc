import type { JobProcessor } from '../jobs/types';
import { kbConfigFromEnv } from './config';
import { knowledgeBaseFor, type IngestInput, type IngestResult } from './service';

/** Ingestion runs as a job (BullMQ or in-process) so a folder of documents never blocks a request. */
export const kbIngestProcessor: JobProcessor<IngestInput, IngestResult> = {
  name: 'kb.ingest',
  run: (ctx, data) => knowledgeBaseFor(ctx.db, kbConfigFromEnv(ctx.env)).ingest(data),
};
