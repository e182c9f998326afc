import {
  DEFAULT_POLICY, EnrollResponseSchema, parsePolicyYaml, PolicyDocumentSchema, type EnrollRequest,
} from '@protocol-zero/policies';
import type { EffectivePolicy } from '../../messaging/protocol';
import { endpoint, policyUrlOf, type EffectiveConfig } from './config';

export interface DeviceState {
  v: 1;
  deviceId: string;
  token: string | null;
  tenantId: string | null;
  pseudonymKey: string | null;
  policyUrl: string | null;
  enrolledAt: string | null;
  /** Collector + secret the token was issued for: a new pair re-enrolls. */
  enrolledFor: string | null;
  error: string | null;
}

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export function newDevice(uuid: () => string): DeviceState {
  return { v: 1, deviceId: uuid(), token: null, tenantId: null, pseudonymKey: null, policyUrl: null, enrolledAt: null, enrolledFor: null, error: null };
}

const enrollKey = (c: EffectiveConfig) => `${c.collectorUrl}|${c.enrollmentSecret?.length ?? 0}|${c.enrollmentSecret?.slice(-4) ?? ''}`;

export function needsEnrollment(c: EffectiveConfig, d: DeviceState): boolean {
  return !!c.collectorUrl && !!c.enrollmentSecret && (!d.token || d.enrolledFor !== enrollKey(c));
}

/** POST /v1/enroll: trades the tenant secret for a device token. Errors are kept for the popup. */
export async function enroll(
  c: EffectiveConfig,
  d: DeviceState,
  fetchFn: Fetch,
  meta: { extensionVersion: string; browser: EnrollRequest['browser']; userHint?: string },
): Promise<DeviceState> {
  if (!c.collectorUrl || !c.enrollmentSecret) return d;
  const body: EnrollRequest = {
    enrollmentSecret: c.enrollmentSecret,
    deviceId: d.deviceId,
    extensionVersion: meta.extensionVersion,
    browser: meta.browser,
    ...(meta.userHint ? { userHint: meta.userHint } : {}),
  };
  try {
    const res = await fetchFn(endpoint(c.collectorUrl, '/v1/enroll'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) return { ...d, error: `enrollment refused (HTTP ${res.status})` };
    const r = EnrollResponseSchema.parse(await res.json());
    return {
      ...d, token: r.deviceToken, tenantId: r.tenantId, pseudonymKey: r.pseudonymKey, policyUrl: r.policyUrl,
      enrolledAt: r.issuedAt, enrolledFor: enrollKey(c), error: null,
    };
  } catch (e) {
    return { ...d, error: `collector unreachable: ${e instanceof Error ? e.message : String(e)}` };
  }
}

const fallback = (error: string | null): EffectivePolicy => ({
  v: 1, source: 'default', policy: DEFAULT_POLICY, version: DEFAULT_POLICY.version, fetchedAt: null, error,
});

/**
 * The policy in force: managed inline policy > collector (If-None-Match; 304 keeps the cache) >
 * last good cached copy > the shipped default. A failed fetch never replaces a good policy.
 */
export async function refreshPolicy(c: EffectiveConfig, d: DeviceState, cached: EffectivePolicy | undefined, fetchFn: Fetch, now: () => Date = () => new Date()): Promise<EffectivePolicy> {
  if (c.policy) {
    const r = parsePolicyYaml(c.policy);
    if (r.ok) return { v: 1, source: 'managed', policy: r.policy, version: r.policy.version, fetchedAt: now().toISOString(), error: null };
    const why = `managed policy invalid: ${r.issues.map((i) => i.message).join('; ').slice(0, 200)}`;
    return cached && cached.source !== 'managed' ? { ...cached, error: why } : fallback(why);
  }
  const url = policyUrlOf(c, d.policyUrl);
  const usable = cached && cached.source !== 'managed' && cached.source !== 'default' ? cached : undefined;
  if (!url) return usable ?? fallback(null);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (d.token) headers.authorization = `Bearer ${d.token}`;
    if (usable?.doc?.etag) headers['if-none-match'] = usable.doc.etag;
    const res = await fetchFn(url, { headers });
    if (res.status === 304 && usable) return { ...usable, source: 'collector', fetchedAt: now().toISOString(), error: null };
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const doc = PolicyDocumentSchema.parse(await res.json());
    return { v: 1, source: 'collector', policy: doc.policy, version: doc.version, doc: { etag: doc.etag, createdAt: doc.createdAt }, fetchedAt: now().toISOString(), error: null };
  } catch (e) {
    const why = `policy fetch failed: ${e instanceof Error ? e.message : String(e)}`;
    return usable ? { ...usable, source: 'cache', error: why } : fallback(why);
  }
}

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Pseudonymous user id: HMAC(tenant pseudonym key, identity) once enrolled, so the same person is the
 * same id across devices of the tenant; before enrollment a device-local hash.
 */
export async function pseudonymOf(d: DeviceState, identity: string): Promise<string> {
  const enc = new TextEncoder();
  if (!d.pseudonymKey) return hex(await crypto.subtle.digest('SHA-256', enc.encode(`pz-local|${identity}`))).slice(0, 32);
  const key = await crypto.subtle.importKey('raw', enc.encode(d.pseudonymKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await crypto.subtle.sign('HMAC', key, enc.encode(identity))).slice(0, 32);
}
