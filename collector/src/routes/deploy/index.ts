import { buildMdmKit, MDM_KIT_KINDS, PROTOCOL_ZERO_EXTENSION_ID, PROTOCOL_ZERO_FIREFOX_ID, IDENTITY_MODES, TELEMETRY_LEVELS } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit';
import { currentKitSecret, rotateKitSecret } from '../../db/repositories/enrollment';
import {
  getTenant, insertEnrollmentSecret, insertToken, listDevices, listEnrollmentSecrets, listTokens, revokeEnrollmentSecret, revokeToken,
} from '../../db/repositories/identity';
import { AppError } from '../../errors';
import { kitSecret, loadEnrollmentKey, rederiveKitSecret } from '../../identity/kit-secret';
import { generateSecret, generateToken, sha256 } from '../../identity/secrets';
import { actorOf, AUTH, principalOf, userOf } from '../../plugins/auth';
import { publicUrl, type Env } from '../../plugins/env';
import { errors } from '../common';

const Label = z.string().trim().min(1).max(100);
const CredentialSchema = z.object({ id: z.string(), label: z.string(), createdAt: z.string(), revoked: z.boolean() });
const iso = (d: Date | string) => new Date(d).toISOString();

export const deployRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app, { env }) => {
  const base = publicUrl(env);
  let key: Buffer | undefined;
  const enrollmentKey = () => (key ??= loadEnrollmentKey(env.PZ_ENROLLMENT_KEY, env.PZ_DATA_DIR));
  const rotate = async (tenantId: string, actor: string) => {
    const k = enrollmentKey();
    const r = await rotateKitSecret(app.db, tenantId, actor, (id) => sha256(kitSecret(k, tenantId, id)));
    await recordAudit(app.db, {
      tenantId, actor, action: 'mdm_kit.rotated', target: `enrollment_secret:${r.id}`, details: { previous: r.previousId ?? null },
    });
    return { ...r, secret: kitSecret(k, tenantId, r.id) };
  };

  app.post(
    '/v1/deploy/mdm-kit/rotate',
    {
      config: { auth: AUTH.admin },
      schema: {
        tags: ['deploy'],
        summary: 'Rotate the MDM kit enrollment secret: later kit downloads embed a new one, the previous one is revoked (audited)',
        response: { 200: z.object({ secretId: z.string(), previousSecretId: z.string().nullable() }), ...errors(401, 403) },
      },
    },
    async (req) => {
      const u = userOf(req);
      const r = await rotate(u.tenantId, actorOf(u));
      return { secretId: r.id, previousSecretId: r.previousId ?? null };
    },
  );

  app.get(
    '/v1/deploy/enrollment-secrets',
    { config: { auth: AUTH.admin }, schema: { tags: ['deploy'], summary: 'Tenant enrollment secrets (values are never shown again)', response: { 200: z.object({ secrets: z.array(CredentialSchema) }), ...errors(401, 403) } } },
    async (req) => ({ secrets: (await listEnrollmentSecrets(app.db, principalOf(req).tenantId)).map((s) => ({ id: s.id, label: s.label, createdAt: iso(s.created_at), revoked: s.revoked_at !== null })) }),
  );

  app.post(
    '/v1/deploy/enrollment-secrets',
    {
      config: { auth: AUTH.admin },
      schema: { tags: ['deploy'], summary: 'Create an enrollment secret for managed config (returned once)', body: z.object({ label: Label }).strict(), response: { 201: z.object({ id: z.string(), label: z.string(), secret: z.string() }), ...errors(400, 401, 403) } },
    },
    async (req, reply) => {
      const u = userOf(req);
      const secret = generateSecret();
      const id = await insertEnrollmentSecret(app.db, u.tenantId, sha256(secret), req.body.label);
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'enrollment_secret.created', target: `enrollment_secret:${id}`, details: { label: req.body.label } });
      return reply.status(201).send({ id, label: req.body.label, secret });
    },
  );

  app.delete(
    '/v1/deploy/enrollment-secrets/:id',
    { config: { auth: AUTH.admin }, schema: { tags: ['deploy'], summary: 'Revoke an enrollment secret (enrolled devices keep working)', params: z.object({ id: z.uuid() }), response: { 200: z.object({ ok: z.literal(true) }), ...errors(400, 401, 403, 404) } } },
    async (req) => {
      const u = userOf(req);
      if (!(await revokeEnrollmentSecret(app.db, u.tenantId, req.params.id))) throw new AppError('not_found', 'no such active secret');
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'enrollment_secret.revoked', target: `enrollment_secret:${req.params.id}` });
      return { ok: true as const };
    },
  );

  app.get(
    '/v1/deploy/sensor-tokens',
    { config: { auth: AUTH.admin }, schema: { tags: ['deploy'], summary: 'Sensor API tokens', response: { 200: z.object({ tokens: z.array(CredentialSchema) }), ...errors(401, 403) } } },
    async (req) => ({ tokens: (await listTokens(app.db, principalOf(req).tenantId, 'sensor')).map((t) => ({ id: t.id, label: t.label, createdAt: iso(t.created_at), revoked: t.revoked_at !== null })) }),
  );

  app.post(
    '/v1/deploy/sensor-tokens',
    {
      config: { auth: AUTH.admin },
      schema: { tags: ['deploy'], summary: 'Create a sensor API token (ingest only; returned once)', body: z.object({ label: Label }).strict(), response: { 201: z.object({ id: z.string(), label: z.string(), token: z.string() }), ...errors(400, 401, 403) } },
    },
    async (req, reply) => {
      const u = userOf(req);
      const token = generateToken('sensor');
      const id = await insertToken(app.db, { tenantId: u.tenantId, kind: 'sensor', tokenHash: sha256(token), label: req.body.label });
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'sensor_token.created', target: `sensor_token:${id}`, details: { label: req.body.label } });
      return reply.status(201).send({ id, label: req.body.label, token });
    },
  );

  app.delete(
    '/v1/deploy/sensor-tokens/:id',
    { config: { auth: AUTH.admin }, schema: { tags: ['deploy'], summary: 'Revoke a sensor token', params: z.object({ id: z.uuid() }), response: { 200: z.object({ ok: z.literal(true) }), ...errors(400, 401, 403, 404) } } },
    async (req) => {
      const u = userOf(req);
      if (!(await revokeToken(app.db, u.tenantId, req.params.id))) throw new AppError('not_found', 'no such active token');
      app.forgetToken();
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'sensor_token.revoked', target: `sensor_token:${req.params.id}` });
      return { ok: true as const };
    },
  );

  app.get(
    '/v1/deploy/devices',
    {
      config: { auth: AUTH.security },
      schema: {
        tags: ['deploy'],
        summary: 'Enrolled browser devices, most recently seen first',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
        response: { 200: z.object({ devices: z.array(z.object({ deviceId: z.string(), browser: z.string(), extensionVersion: z.string(), enrolledAt: z.string(), lastSeenAt: z.string() })) }), ...errors(400, 401, 403) },
      },
    },
    async (req) => ({
      devices: (await listDevices(app.db, principalOf(req).tenantId, req.query.limit)).map((d) => ({
        deviceId: d.device_id, browser: d.browser, extensionVersion: d.extension_version, enrolledAt: iso(d.enrolled_at), lastSeenAt: iso(d.last_seen_at),
      })),
    }),
  );

  app.get(
    '/v1/deploy/mdm-kit/:kind',
    {
      config: { auth: AUTH.admin },
      schema: {
        tags: ['deploy'],
        summary: 'Download an MDM kit file. It embeds the tenant\'s current kit enrollment secret — the same on every download until rotated (audited).',
        params: z.object({ kind: z.enum(MDM_KIT_KINDS) }),
        querystring: z.object({ identityMode: z.enum(IDENTITY_MODES).default('pseudonymous'), telemetryLevel: z.enum(TELEMETRY_LEVELS).default('all'), department: z.string().max(100).optional() }),
        response: { 200: z.string(), ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const u = userOf(req);
      const tenant = await getTenant(app.db, u.tenantId);
      // Re-downloading must not mint secrets: every kit already pushed by MDM stays valid. The first
      // download (or the first after the kit secret was revoked) creates one, as a rotation.
      const current = await currentKitSecret(app.db, u.tenantId);
      let secret: string | undefined;
      let secretId: string;
      if (current) {
        secret = rederiveKitSecret(enrollmentKey(), u.tenantId, current.id, current.secret_hash);
        if (!secret) throw new AppError('kit_secret_unavailable');
        secretId = current.id;
      } else {
        ({ secret, id: secretId } = await rotate(u.tenantId, actorOf(u)));
      }
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'mdm_kit.downloaded', target: `enrollment_secret:${secretId}`, details: { kind: req.params.kind } });
      const file = buildMdmKit(
        {
          tenantName: tenant?.name ?? u.tenantId,
          extensionId: PROTOCOL_ZERO_EXTENSION_ID,
          chromeUpdateUrl: `${base}/extension/updates.xml`,
          firefoxId: PROTOCOL_ZERO_FIREFOX_ID,
          firefoxInstallUrl: `${base}/extension/protocol-zero.xpi`,
          config: {
            collectorUrl: base, gatewayUrl: base, policyUrl: `${base}/v1/policy`, enrollmentSecret: secret,
            identityMode: req.query.identityMode, telemetryLevel: req.query.telemetryLevel,
            ...(req.query.department ? { department: req.query.department } : {}),
          },
        },
        req.params.kind,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
};
