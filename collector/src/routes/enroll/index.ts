import { EnrollRequestSchema, EnrollResponseSchema } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordAudit } from '../../db/repositories/audit';
import { findEnrollmentSecret, getTenant, insertToken, revokeDeviceTokens, upsertDevice, upsertPseudonym } from '../../db/repositories/identity';
import { AppError } from '../../errors';
import { pseudonymFor } from '../../identity/pseudonym';
import { generateToken, sha256 } from '../../identity/secrets';
import { publicUrl, type Env } from '../../plugins/env';
import { errors } from '../common';

export const enrollRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app, { env }) => {
  app.post(
    '/v1/enroll',
    {
      config: { auth: 'public', rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags: ['ingest'],
        summary: 'Trade the tenant enrollment secret (managed config) + device id for a device token that can only ingest',
        security: [],
        body: EnrollRequestSchema,
        response: { 200: EnrollResponseSchema, ...errors(400, 403, 429) },
      },
    },
    async (req) => {
      const secret = await findEnrollmentSecret(app.db, sha256(req.body.enrollmentSecret));
      if (!secret) throw new AppError('invalid_enrollment_secret');
      const tenant = await getTenant(app.db, secret.tenant_id);
      if (!tenant) throw new AppError('invalid_enrollment_secret');
      const { deviceId, userHint, browser, extensionVersion } = req.body;
      const pseudonym = userHint ? pseudonymFor(tenant.pseudonym_key, userHint) : null;
      const deviceToken = generateToken('device');
      const replaced = await app.db.transaction().execute(async (tx) => {
        await upsertDevice(tx, { tenantId: tenant.id, deviceId, browser, extensionVersion, userPseudonym: pseudonym });
        // The managed identity is what a reveal shows; it is stored, never sent back out.
        if (pseudonym && userHint) await upsertPseudonym(tx, tenant.id, pseudonym, userHint.trim().toLowerCase(), 'enrollment');
        // One device, one live token: a re-enrollment (reinstall, wiped profile, or someone holding the
        // tenant secret claiming this device id) retires every earlier token of the device.
        const revoked = await revokeDeviceTokens(tx, tenant.id, deviceId);
        await insertToken(tx, { tenantId: tenant.id, kind: 'device', tokenHash: sha256(deviceToken), label: `device ${deviceId}`, deviceId });
        return revoked;
      });
      if (replaced > 0) {
        app.forgetToken(); // the auth cache would otherwise honour the old token for a few more seconds
        await recordAudit(app.db, { tenantId: tenant.id, actor: `device:${deviceId}`, action: 'device.reenrolled', target: `device:${deviceId}`, details: { revokedTokens: replaced } });
      }
      return { deviceToken, tenantId: tenant.id, pseudonymKey: tenant.pseudonym_key, policyUrl: `${publicUrl(env)}/v1/policy`, issuedAt: new Date().toISOString() };
    },
  );
};
