// Who is calling the model API. Two kinds of credential: a gateway token (`pzg_…`, for tools using
// the Anthropic SDK: sent as x-api-key or Bearer) and a console session (the assistant page). Both
// resolve to a pseudonymous user; budgets, vault ownership and audit never see an email.
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/database';
import { findGatewayToken } from '../db/repositories/gateway-usage';
import { findLiveToken, getTenant } from '../db/repositories/identity';
import { AppError } from '../errors';
import { sha256 } from '../identity/secrets';
import type { Caller } from './service';

export const GATEWAY_TOKEN_PREFIX = 'pzg_';

export function generateGatewayToken(): string {
  return GATEWAY_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** HMAC of the lower-cased email with the tenant's pseudonym key (hex, as devices compute it). */
export function pseudonymOf(pseudonymKey: string, email: string): string {
  return createHmac('sha256', pseudonymKey).update(email.trim().toLowerCase()).digest('hex');
}

const CACHE_MS = 5_000;

export class CallerResolver {
  private readonly cache = new Map<string, { caller: Omit<Caller, 'source'> & { role: string | null }; until: number }>();
  private readonly tenantKeys = new Map<string, string>();

  constructor(private readonly db: Db) {}

  async tenantKey(tenantId: string): Promise<string> {
    let k = this.tenantKeys.get(tenantId);
    if (!k) {
      const t = await getTenant(this.db, tenantId);
      if (!t) throw new AppError('unauthenticated');
      k = t.pseudonym_key;
      this.tenantKeys.set(tenantId, k);
    }
    return k;
  }

  /** The caller of a gateway route, or 401. Gateway tokens are cached briefly; sessions never are. */
  async resolve(req: FastifyRequest): Promise<Omit<Caller, 'source'> & { role: string | null; kind: 'gateway-token' | 'session'; userId?: string }> {
    const header = req.headers['x-api-key'];
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = (typeof header === 'string' ? header : undefined) ?? bearer;
    if (!token || token.length > 200) throw new AppError('unauthenticated', 'send a gateway token as x-api-key or Authorization: Bearer');
    const hash = sha256(token);
    if (token.startsWith(GATEWAY_TOKEN_PREFIX)) {
      const hit = this.cache.get(hash);
      if (hit && hit.until > Date.now()) return { ...hit.caller, kind: 'gateway-token' };
      const row = await findGatewayToken(this.db, hash);
      if (!row) throw new AppError('unauthenticated');
      const caller = { tenantId: row.tenant_id, user: row.user_pseudonym, department: row.department, role: null };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, { caller, until: Date.now() + CACHE_MS });
      return { ...caller, kind: 'gateway-token' };
    }
    const row = await findLiveToken(this.db, hash);
    if (!row || row.kind !== 'session' || !row.email) throw new AppError('unauthenticated');
    return { tenantId: row.tenantId, user: pseudonymOf(await this.tenantKey(row.tenantId), row.email), department: null, role: row.role, kind: 'session', ...(row.userId ? { userId: row.userId } : {}) };
  }

  forget(): void {
    this.cache.clear();
  }
}
