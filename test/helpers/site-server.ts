import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestCert } from './cert';

export interface SiteServer {
  port: number;
  close(): Promise<void>;
}

/**
 * One local HTTPS server standing in for many real hostnames: the page is chosen by the Host
 * header (`pages[host]`, else `fallback`), so `--host-resolver-rules` can point every AI site here.
 */
export async function startSiteServer(opts: { cert: TestCert; dir: string; pages: Record<string, string>; fallback: string; extra?: Record<string, string> }): Promise<SiteServer> {
  const server: Server = createServer({ key: opts.cert.key, cert: opts.cert.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (req.url ?? '/').split('?')[0]!;
    const extra = opts.extra?.[path];
    if (extra !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(extra);
      return;
    }
    const file = path.endsWith('.js') ? path.slice(1) : (opts.pages[host] ?? opts.fallback);
    if (file.includes('..') || file.includes('/')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(opts.dir, file));
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
