import type { Env } from '../plugins/env';
import type { KbConfig } from './service';

export function kbConfigFromEnv(env: Env): KbConfig {
  return {
    lsaDimensions: env.PZ_KB_LSA_DIMS,
    fusion: env.PZ_KB_FUSION === 'rrf' ? { kind: 'rrf', k: 60 } : { kind: 'weighted', bm25: env.PZ_KB_BM25_WEIGHT, dense: 1 - env.PZ_KB_BM25_WEIGHT },
    ...(env.EMBEDDINGS_URL ? { embeddings: { url: env.EMBEDDINGS_URL, model: env.EMBEDDINGS_MODEL, ...(env.EMBEDDINGS_API_KEY ? { apiKey: env.EMBEDDINGS_API_KEY } : {}) } } : {}),
    ...(env.QDRANT_URL ? { qdrant: { url: env.QDRANT_URL, collection: env.PZ_KB_COLLECTION, ...(env.QDRANT_API_KEY ? { apiKey: env.QDRANT_API_KEY } : {}) } } : {}),
  };
}
