// Shared setup for the gateway route tests: a real listening collector whose Anthropic upstream is
// the local fake, a switchable Presidio stub (ok / error / hang) and gateway tokens per user.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { startTestApp, type Target, type TestApp } from '../../testing/harness';

export type PresidioMode = 'ok' | 'error' | 'hang' | { spans: { entity_type: string; start: number; end: number; score: number }[] };

export interface PresidioStub {
  url: string;
  calls: number;
  mode: PresidioMode;
  close(): Promise<void>;
}

/** A stand-in Presidio analyzer: answers [] (ok), 500 (error) or never (hang). */
export async function startPresidioStub(): Promise<PresidioStub> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const stub: PresidioStub = { url: '', calls: 0, mode: 'ok', close: async () => {} };
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      stub.calls++;
      const m = stub.mode;
      if (m === 'hang') return void hanging.add(res);
      if (m === 'error') return void res.writeHead(500).end('boom');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(m === 'ok' ? [] : m.spans));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () =>
    new Promise((r) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => r());
    });
  return stub;
}

export interface GatewayTestApp extends TestApp {
  baseUrl: string;
  admin: string;
  /** A new gateway token for this user (email → pseudonym) in a department. */
  gatewayToken(email: string, department?: string): Promise<string>;
  sdk(token: string): Anthropic;
}

export async function startGatewayApp(target: Target, env: Record<string, string>): Promise<GatewayTestApp> {
  const t = await startTestApp(target, { PZ_GATEWAY_VAULT_KEY: randomBytes(32).toString('hex'), ...env });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const admin = await t.tokenFor('admin');
  return {
    ...t,
    baseUrl,
    admin,
    async gatewayToken(email, department) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/gateway/tokens', headers: { authorization: `Bearer ${admin}` }, payload: { email, label: email, ...(department ? { department } : {}) } });
      if (r.statusCode !== 200) throw new Error(`token mint failed: ${r.statusCode} ${r.body}`);
      return (r.json() as { token: string }).token;
    },
    // maxRetries 0: a 429/503 must surface once, not be retried into the fake.
    sdk: (token) => new Anthropic({ apiKey: token, baseURL: baseUrl, maxRetries: 0 }),
  };
}

/** Placeholders in a raw request body, in order of appearance. */
export const placeholdersIn = (raw: string) => [...raw.matchAll(/<([A-Z_]+)_(\d+)>/g)].map((m) => m[0]);
