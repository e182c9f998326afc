// The cheapest possible gateway, for bench/gateway.ts's floor: a bare Node HTTP server that forwards
// each request to the fake model with fetch (as the Anthropic SDK does) and streams the answer back.
// No parsing, no scrubbing, no database: what one more process hop costs on this machine.
// Started with fork() with BENCH_FAKE_URL; reports its URL over IPC; exits on 'close'.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const fakeUrl = process.env.BENCH_FAKE_URL;
if (!fakeUrl || !process.send) throw new Error('forward-proxy: start me with fork() and BENCH_FAKE_URL');
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      const up = await fetch(`${fakeUrl}${req.url ?? '/'}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'sk-bench' }, body: Buffer.concat(chunks) });
      res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/json' });
      const reader = up.body!.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) res.write(r.value);
      res.end();
    })().catch(() => res.writeHead(502).end());
  });
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => process.send!({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
process.on('message', (m) => m === 'close' && server.close(() => process.exit(0)));
