import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_POLICY, EnrollRequestSchema, EventBatchSchema, HandoffRequestSchema, type DecisionEvent, type HandoffRequest, type PolicyDocument, type UsagePolicy,
} from '@protocol-zero/policies';

/**
 * A stand-in for the collector, validating every body with the policies zod schemas: enroll,
 * policy (ETag / If-None-Match), events (dedup by event id) and the gateway's hand-off. It can be
 * stopped and started again on the same port to simulate an outage.
 */
export class FakeCollector {
  readonly events: DecisionEvent[] = [];
  readonly eventIds = new Set<string>();
  readonly handoffs: (HandoffRequest & { token: string })[] = [];
  readonly enrollments: string[] = [];
  readonly policyRequests: { ifNoneMatch: string | undefined; auth: string | undefined }[] = [];
  batches = 0;
  duplicates = 0;
  invalid = 0;
  port = 0;
  readonly deviceToken = 'dev-token-' + randomUUID();
  private server: Server | null = null;

  constructor(
    private policy: UsagePolicy = { ...DEFAULT_POLICY, version: 5 },
    readonly enrollmentSecret = 'enroll-secret-0123456789',
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  setPolicy(p: UsagePolicy): void {
    this.policy = p;
  }

  doc(): PolicyDocument {
    return { version: this.policy.version, createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'test', policy: this.policy, etag: `"v${this.policy.version}"` };
  }

  async start(port = this.port): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res).catch(() => res.writeHead(500).end()));
    await new Promise<void>((r) => this.server!.listen(port, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((r) => { s.closeAllConnections(); s.close(() => r()); });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    const json = (status: number, v: unknown): unknown => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(v));
    const authed = req.headers.authorization === `Bearer ${this.deviceToken}`;
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'POST' && path === '/v1/enroll') {
      const r = EnrollRequestSchema.safeParse(body);
      if (!r.success) return (this.invalid++, json(400, { error: { code: 'invalid', message: r.error.message } }));
      if (r.data.enrollmentSecret !== this.enrollmentSecret) return json(403, { error: { code: 'forbidden', message: 'bad secret' } });
      this.enrollments.push(r.data.deviceId);
      return json(200, { deviceToken: this.deviceToken, tenantId: 'tenant-test', pseudonymKey: 'pseudonym-key-test', policyUrl: '/v1/policy', issuedAt: new Date().toISOString() });
    }
    if (req.method === 'GET' && path === '/v1/policy') {
      const inm = req.headers['if-none-match'];
      this.policyRequests.push({ ifNoneMatch: inm, auth: req.headers.authorization });
      const doc = this.doc();
      if (inm === doc.etag) return void res.writeHead(304).end();
      return json(200, doc);
    }
    if (req.method === 'POST' && path === '/v1/events') {
      if (!authed) return json(401, { error: { code: 'unauthorized', message: 'token' } });
      const r = EventBatchSchema.safeParse(body);
      if (!r.success) return (this.invalid++, json(400, { error: { code: 'invalid', message: r.error.message } }));
      this.batches++;
      let accepted = 0;
      for (const e of r.data.events) {
        if (this.eventIds.has(e.id)) {
          this.duplicates++;
          continue;
        }
        this.eventIds.add(e.id);
        this.events.push(e);
        accepted++;
      }
      return json(200, { accepted, duplicates: r.data.events.length - accepted });
    }
    if (req.method === 'POST' && path === '/v1/handoff') {
      const r = HandoffRequestSchema.safeParse(body);
      if (!r.success) return (this.invalid++, json(400, { error: { code: 'invalid', message: r.error.message } }));
      const token = randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '');
      this.handoffs.push({ ...r.data, token });
      return json(200, { handoffId: randomUUID(), token, expiresAt: new Date(Date.now() + 300_000).toISOString(), assistantUrl: `${this.url}/assistant` });
    }
    if (req.method === 'GET' && path === '/assistant') {
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Company assistant</title><h1>Company assistant</h1>');
    }
    json(404, { error: { code: 'not_found', message: path } });
  }
}
