import { AppError } from '../errors';
import type { JobProcessor } from '../jobs/types';
import { kbConfigFromEnv } from './config';
import { knowledgeBaseFor, type IngestInput, type IngestOutcome } from './service';

/** Ingestion runs as a job (BullMQ or in-process) so a folder of documents never blocks a request. */
export const kbIngestProcessor: JobProcessor<IngestInput, IngestOutcome> = {
  name: 'kb.ingest',
  async run(ctx, data) {
    try {
      return await knowledgeBaseFor(ctx.db, kbConfigFromEnv(ctx.env)).ingest(data);
    } catch (err) {
      // A bad document (unreadable PDF …) is the caller's 4xx, not a failed job: return it as data.
      if (err instanceof AppError && err.status < 500) return { rejected: { code: err.code, message: err.message } };
      throw err;
    }
  },
};
