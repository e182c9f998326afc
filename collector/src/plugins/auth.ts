// Who is calling, and may they? Every route DECLARES `config: { auth }` — a list of roles and
// machine principals, or 'public'. A route without a declaration stops the server at start-up,
// so nothing is reachable by accident.
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { findLiveToken } from '../db/repositories/identity';
import type { Role } from '../db/tables/core';
import { AppError } from '../errors';
import { sha256 } from '../identity/secrets';

export type Principal =
  | { kind: 'user'; tenantId: string; tokenId: string; userId: string; role: Role; email: string }
  | { kind: 'device'; tenantId: string; tokenId: string; deviceId: string }
  | { kind: 'sensor'; tenantId: string; tokenId: string; label: string };

/** A role (console users) or a machine principal (device token, sensor API token). */
export type Access = Role | 'device' | 'sensor';
export type AuthRule = 'public' | readonly Access[];
export const ACCESSES: readonly Access[] = ['admin', 'analyst', 'executive', 'employee', 'device', 'sensor'];

/** Shorthands routes use, so the matrix reads the same everywhere. */
export const AUTH = {
  public: 'public',
  ingestDevice: ['device'],
  ingestSensor: ['sensor'],
  admin: ['admin'],
  security: ['admin', 'analyst'],
  dashboards: ['admin', 'analyst', 'executive'],
  anyUser: ['admin', 'analyst', 'executive', 'employee'],
} as const satisfies Record<string, AuthRule>;

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthRule;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Routes registered by third-party plugins (docs UI) that are public by nature. */
const UNDECLARED_PUBLIC = [/^\/docs(\/|$)/, /^\/openapi\.json$/];

/** The declared rule of a route, or an error naming the route: no route is reachable by omission. */
export function checkRouteAuth(method: string, url: string, rule: AuthRule | undefined): AuthRule {
  if (rule === undefined) {
    if (UNDECLARED_PUBLIC.some((re) => re.test(url))) return 'public';
    throw new Error(`route ${method} ${url} declares no config.auth`);
  }
  if (rule !== 'public' && (!Array.isArray(rule) || rule.length === 0 || rule.some((a) => !ACCESSES.includes(a)))) {
    throw new Error(`route ${method} ${url} has an invalid config.auth`);
  }
  return rule;
}

export function accessOf(p: Principal): Access {
  return p.kind === 'user' ? p.role : p.kind;
}

export function bearerToken(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (h) return /^Bearer\s+(\S+)$/i.exec(h)?.[1];
  // Browsers cannot set headers on a WebSocket: the console sends ['pz-bearer', token] as sub-protocols.
  const proto = req.headers['sec-websocket-protocol'];
  if (typeof proto === 'string') {
    const parts = proto.split(',').map((s) => s.trim());
    const i = parts.indexOf('pz-bearer');
    if (i >= 0) return parts[i + 1];
  }
  return undefined;
}

/** Machine tokens are looked up on every ingest batch: keep them for a few seconds. */
const CACHE_MS = 5_000;

export const authPlugin = fp(
  async (app) => {
    const cache = new Map<string, { principal: Principal | null; until: number }>();
    app.decorateRequest('principal', null);

    const declared = new Map<string, AuthRule>();
    app.decorate('routeAuth', declared);
    app.addHook('onRoute', (route) => {
      const rule = checkRouteAuth(String(route.method), route.url, route.config?.auth);
      route.config = { ...(route.config ?? {}), auth: rule };
      for (const m of [route.method].flat()) declared.set(`${m} ${route.url}`, rule);
    });

    async function resolve(token: string): Promise<Principal | null> {
      const hash = sha256(token);
      const hit = cache.get(hash);
      if (hit && hit.until > Date.now()) return hit.principal;
      const row = await findLiveToken(app.db, hash);
      let principal: Principal | null = null;
      if (row?.kind === 'session' && row.userId && row.role && row.email) {
        principal = { kind: 'user', tenantId: row.tenantId, tokenId: row.tokenId, userId: row.userId, role: row.role, email: row.email };
      } else if (row?.kind === 'device' && row.deviceId) {
        principal = { kind: 'device', tenantId: row.tenantId, tokenId: row.tokenId, deviceId: row.deviceId };
      } else if (row?.kind === 'sensor') {
        principal = { kind: 'sensor', tenantId: row.tenantId, tokenId: row.tokenId, label: row.label };
      }
      // Sessions are not cached: logout and role changes take effect on the next request.
      if (principal && principal.kind !== 'user') {
        if (cache.size > 10_000) cache.clear();
        cache.set(hash, { principal, until: Date.now() + CACHE_MS });
      }
      return principal;
    }

    app.decorate('forgetToken', () => cache.clear());

    app.addHook('onRequest', async (req) => {
      const rule = req.routeOptions.config?.auth;
      if (rule === undefined || rule === 'public') return; // 404s and public routes
      const token = bearerToken(req);
      if (!token || token.length > 200) throw new AppError('unauthenticated');
      const principal = await resolve(token);
      if (!principal) throw new AppError('unauthenticated');
      if (!rule.includes(accessOf(principal))) throw new AppError('forbidden');
      req.principal = principal;
    });
  },
  { name: 'pz-auth', dependencies: ['pz-db'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    /** Drops cached machine-token lookups (after a revoke). */
    forgetToken(): void;
    /** 'METHOD /url' → declared rule, for the authorization-matrix test and the docs. */
    routeAuth: ReadonlyMap<string, AuthRule>;
  }
}

/** The authenticated caller of a non-public route (the hook guarantees one). */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new AppError('unauthenticated');
  return req.principal;
}

export function userOf(req: FastifyRequest): Extract<Principal, { kind: 'user' }> {
  const p = principalOf(req);
  if (p.kind !== 'user') throw new AppError('forbidden');
  return p;
}

/** How a principal is named in the audit log (never a token). */
export function actorOf(p: Principal): string {
  return p.kind === 'user' ? `user:${p.email}` : p.kind === 'device' ? `device:${p.deviceId}` : `sensor:${p.label}`;
}
