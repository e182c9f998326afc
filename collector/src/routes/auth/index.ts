import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit';
import { findUserByEmail, insertToken, revokeToken, setPassword } from '../../db/repositories/identity';
import { ROLES } from '../../db/tables/core';
import { AppError } from '../../errors';
import { generateToken, hashPassword, sha256, verifyPassword } from '../../identity/secrets';
import { actorOf, AUTH, userOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';

const MeSchema = z.object({ userId: z.string(), email: z.string(), role: z.enum(ROLES), tenantId: z.string() });
// A fixed hash to compare against when the email is unknown, so both paths cost one scrypt.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export const authRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app, { env }) => {
  app.post(
    '/v1/auth/login',
    {
      config: { auth: 'public', rateLimit: { max: env.PZ_LOGIN_RATE_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Console login: email + password → bearer session token',
        security: [],
        body: z.object({ email: z.string().min(3).max(256), password: z.string().min(1).max(256) }).strict(),
        response: { 200: z.object({ token: z.string(), expiresAt: z.string(), user: MeSchema }), ...errors(400, 401, 429) },
      },
    },
    async (req) => {
      const user = await findUserByEmail(app.db, req.body.email);
      const ok = await verifyPassword(req.body.password, user?.password_hash ?? DUMMY_HASH);
      if (!user || !ok || user.disabled_at) throw new AppError('invalid_credentials');
      const token = generateToken('session');
      const expiresAt = new Date(Date.now() + env.PZ_SESSION_TTL_HOURS * 3_600_000);
      await insertToken(app.db, { tenantId: user.tenant_id, kind: 'session', tokenHash: sha256(token), label: 'console session', userId: user.id, expiresAt });
      return { token, expiresAt: expiresAt.toISOString(), user: { userId: user.id, email: user.email, role: user.role, tenantId: user.tenant_id } };
    },
  );

  app.get(
    '/v1/auth/me',
    { config: { auth: AUTH.anyUser }, schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: MeSchema, ...errors(401, 403) } } },
    async (req) => {
      const u = userOf(req);
      return { userId: u.userId, email: u.email, role: u.role, tenantId: u.tenantId };
    },
  );

  app.post(
    '/v1/auth/logout',
    { config: { auth: AUTH.anyUser }, schema: { tags: ['auth'], summary: 'End this session', response: { 200: z.object({ ok: z.literal(true) }), ...errors(401, 403) } } },
    async (req) => {
      const u = userOf(req);
      await revokeToken(app.db, u.tenantId, u.tokenId);
      return { ok: true as const };
    },
  );

  app.post(
    '/v1/auth/password',
    {
      config: { auth: AUTH.anyUser },
      schema: {
        tags: ['auth'],
        summary: 'Change my password',
        body: z.object({ current: z.string().min(1).max(256), next: z.string().min(12).max(256) }).strict(),
        response: { 200: z.object({ ok: z.literal(true) }), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const u = userOf(req);
      const user = await findUserByEmail(app.db, u.email);
      if (!user || !(await verifyPassword(req.body.current, user.password_hash))) throw new AppError('invalid_credentials', 'the current password is wrong');
      await setPassword(app.db, user.id, await hashPassword(req.body.next));
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'user.password_changed', target: `user:${u.email}` });
      return { ok: true as const };
    },
  );
};
