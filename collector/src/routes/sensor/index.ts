import { SensorAckSchema, SensorBatchSchema } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ingestSensorBatch } from '../../ingest/sensor';
import { AUTH, principalOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';

export const sensorRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app, { env }) => {
  app.post(
    '/v1/sensor/batches',
    {
      config: {
        auth: AUTH.ingestSensor,
        rateLimit: { max: env.PZ_INGEST_RATE_PER_MINUTE, timeWindow: 60_000, keyGenerator: (req) => req.principal?.tokenId ?? req.ip },
      },
      schema: {
        tags: ['ingest'],
        summary: 'Sensor inventory aggregates (idempotent by batch id; acknowledged after commit)',
        body: SensorBatchSchema,
        response: { 200: SensorAckSchema, ...errors(400, 401, 403, 413, 415, 429) },
      },
    },
    async (req) => app.drain.track(ingestSensorBatch(app.db, app.live, principalOf(req).tenantId, req.body)),
  );
};
