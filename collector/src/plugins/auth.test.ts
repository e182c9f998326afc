import { describe, expect, it } from 'vitest';
import { accessOf, bearerToken, checkRouteAuth, type AuthRule, type Principal } from './auth';
import type { FastifyRequest } from 'fastify';

describe('checkRouteAuth', () => {
  it.each<[string, AuthRule | undefined, AuthRule | RegExp]>([
    ['/v1/events', ['device'], ['device']],
    ['/healthz', 'public', 'public'],
    ['/docs/static/index.html', undefined, 'public'],
    ['/openapi.json', undefined, 'public'],
    ['/v1/secret', undefined, /declares no config.auth/],
    ['/v1/odd', [] as unknown as AuthRule, /invalid config.auth/],
    ['/v1/odd', ['root'] as unknown as AuthRule, /invalid config.auth/],
    ['/v1/odd', 'everyone' as unknown as AuthRule, /invalid config.auth/],
  ])('%s with %j', (url, rule, expected) => {
    if (expected instanceof RegExp) expect(() => checkRouteAuth('GET', url, rule)).toThrow(expected);
    else expect(checkRouteAuth('GET', url, rule)).toEqual(expected);
  });
});

describe('bearerToken', () => {
  const req = (headers: Record<string, string>) => ({ headers }) as unknown as FastifyRequest;
  it.each([
    [{ authorization: 'Bearer pzu_abc' }, 'pzu_abc'],
    [{ authorization: 'bearer pzu_abc' }, 'pzu_abc'],
    [{ authorization: 'Basic dXNlcjpwYXNz' }, undefined],
    [{ 'sec-websocket-protocol': 'pz-bearer, pzu_xyz' }, 'pzu_xyz'],
    [{ 'sec-websocket-protocol': 'chat' }, undefined],
    [{}, undefined],
  ])('%j → %s', (headers, token) => {
    expect(bearerToken(req(headers))).toBe(token);
  });
});

describe('accessOf', () => {
  it.each<[Principal, string]>([
    [{ kind: 'user', tenantId: 't', tokenId: 'k', userId: 'u', role: 'executive', email: 'e' }, 'executive'],
    [{ kind: 'device', tenantId: 't', tokenId: 'k', deviceId: 'd' }, 'device'],
    [{ kind: 'sensor', tenantId: 't', tokenId: 'k', label: 's' }, 'sensor'],
  ])('%j → %s', (p, access) => expect(accessOf(p)).toBe(access));
});
