import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit';
import { insertUser, listUsers, updateUser } from '../../db/repositories/identity';
import { ROLES } from '../../db/tables/core';
import { AppError } from '../../errors';
import { generatePassword, hashPassword } from '../../identity/secrets';
import { actorOf, AUTH, userOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { errors } from '../common';

const UserSchema = z.object({ id: z.string(), email: z.string(), displayName: z.string(), role: z.enum(ROLES), createdAt: z.string(), disabled: z.boolean() });

export const userRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app) => {
  app.get(
    '/v1/users',
    { config: { auth: AUTH.admin }, schema: { tags: ['users'], summary: 'Console users', response: { 200: z.object({ users: z.array(UserSchema) }), ...errors(401, 403) } } },
    async (req) => {
      const rows = await listUsers(app.db, userOf(req).tenantId);
      return { users: rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role, createdAt: new Date(r.created_at).toISOString(), disabled: r.disabled_at !== null })) };
    },
  );

  app.post(
    '/v1/users',
    {
      config: { auth: AUTH.admin },
      schema: {
        tags: ['users'],
        summary: 'Create a local console user (a generated password is returned once when none is given)',
        body: z.object({ email: z.email().max(256), displayName: z.string().min(1).max(200), role: z.enum(ROLES), password: z.string().min(12).max(256).optional() }).strict(),
        response: { 201: z.object({ id: z.string(), email: z.string(), role: z.enum(ROLES), password: z.string().optional() }), ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const admin = userOf(req);
      const generated = req.body.password ? undefined : generatePassword();
      const id = await insertUser(app.db, { tenantId: admin.tenantId, email: req.body.email, displayName: req.body.displayName, role: req.body.role, passwordHash: await hashPassword(req.body.password ?? generated!) });
      if (!id) throw new AppError('conflict', 'a user with this email exists');
      await recordAudit(app.db, { tenantId: admin.tenantId, actor: actorOf(admin), action: 'user.created', target: `user:${req.body.email.toLowerCase()}`, details: { role: req.body.role } });
      return reply.status(201).send({ id, email: req.body.email.toLowerCase(), role: req.body.role, ...(generated ? { password: generated } : {}) });
    },
  );

  app.patch(
    '/v1/users/:id',
    {
      config: { auth: AUTH.admin },
      schema: {
        tags: ['users'],
        summary: 'Change a user’s role or disable them',
        params: z.object({ id: z.uuid() }),
        body: z.object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() }).strict(),
        response: { 200: z.object({ id: z.string(), email: z.string(), role: z.enum(ROLES), disabled: z.boolean() }), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const admin = userOf(req);
      if (req.params.id === admin.userId && (req.body.disabled || (req.body.role && req.body.role !== 'admin'))) {
        throw new AppError('conflict', 'you cannot demote or disable yourself');
      }
      const row = await updateUser(app.db, admin.tenantId, req.params.id, req.body);
      if (!row) throw new AppError('not_found', 'no such user');
      await recordAudit(app.db, { tenantId: admin.tenantId, actor: actorOf(admin), action: 'user.updated', target: `user:${row.email}`, details: req.body });
      return { id: row.id, email: row.email, role: row.role, disabled: row.disabled_at !== null };
    },
  );
};
