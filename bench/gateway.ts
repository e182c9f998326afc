// bench/gateway: what the PII-scrubbing gateway adds on top of calling the model directly.
//   1. latency — 4 KB prompts with PII, sequential JSON calls: p50/p99 direct to the fake Messages
//      API vs the same body through the gateway (scrub → vault → fake → restore → audit).
//   2. throughput — 64 concurrent `stream: true` calls for a few seconds: req/s through the gateway
//      vs direct to the fake, in the same run.
// Three processes, as in a deployment: this one is the client, the fake model runs in its own
// (bench/fake-model-server.ts), and so does the collector (bench/gateway-server.ts), so a direct call
// crosses one process boundary and a gateway call two. A bare forwarding proxy (bench/forward-proxy.ts)
// in the gateway's place measures what that extra hop alone costs on this machine, so the gateway's
// own share is printed too. Goals (issue 6): ≤ 3 ms p99 added, ≥ 1,000 req/s.
// CPU ms per request of the collector process is reported beside the wall-clock figures: on a
// shared, loaded machine it moves much less than latency does, and it is the gateway's cost alone.
// --database-url postgres://… runs the collector on PostgreSQL (a fresh database, dropped after);
// the default is embedded PGlite, whose queries run on the collector's own event loop.
// Two prompt profiles, each measured the same way: `dense` — 4 KB made only of PII test sentences
// (≈ 90 values: the worst case for scrub and vault), and `typical` — 4 KB of technical prose (Cranfield
// abstracts) carrying 3 PII sentences, like an ordinary redirected prompt. --profile picks one.
// --workers N sets the collector's detection threads (PZ_GATEWAY_ANALYSIS_WORKERS; 0 = on the request thread).
// Usage: pnpm exec tsx bench/gateway.ts [--n 300] [--seconds 5] [--concurrency 64] [--database-url URL] [--profile dense|typical] [--workers N]
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { classify } from '../policies/src/index';
import { piiFixtures } from '../collector/src/gateway/eval-fixtures';
import { createTestDatabase } from '../collector/src/testing/test-db';
import { loadCranfield } from '../collector/src/kb/eval/test-collection';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const N = arg('n', 300);
const SECONDS = arg('seconds', 5);
const CONCURRENCY = arg('concurrency', 64);
const DATABASE_URL = (() => {
  const i = process.argv.indexOf('--database-url');
  return i > 0 ? process.argv[i + 1] : undefined;
})();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const f2 = (x: number) => x.toFixed(2);

const PROFILE = (() => {
  const i = process.argv.indexOf('--profile');
  return i > 0 ? process.argv[i + 1] : undefined;
})();

/** 20 distinct ~4 KB prompts made of real PII sentences from ../shared/eval. */
function densePrompts(): string[] {
  const sentences = piiFixtures().map((f) => f.text);
  return Array.from({ length: 20 }, (_, k) => {
    let s = '';
    for (let i = k; s.length < 4096; i++) s += `${sentences[i % sentences.length]}\n`;
    return s.slice(0, 4096);
  });
}

/** 20 distinct ~4 KB prompts: Cranfield abstracts with 3 PII sentences spread through them. */
function typicalPrompts(): string[] {
  const prose = loadCranfield(new URL('../../shared/eval/ir/cranfield/', import.meta.url)).docs.map((d) => d.text.replace(/\s+/g, ' '));
  const pii = piiFixtures().map((f) => f.text);
  return Array.from({ length: 20 }, (_, k) => {
    const parts: string[] = [];
    let len = 0;
    for (let i = k * 7; len < 3600; i++) {
      parts.push(prose[i % prose.length]!);
      len += prose[i % prose.length]!.length + 1;
    }
    for (let j = 0; j < 3; j++) parts.splice(Math.floor(((j + 1) * parts.length) / 4), 0, pii[(k * 3 + j) % pii.length]!);
    return parts.join('\n').slice(0, 4096);
  });
}

async function main() {
  const fakeProcess = fork(new URL('./fake-model-server.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  const [{ url: fakeUrl }] = (await once(fakeProcess, 'message')) as [{ url: string }];
  const ask = async <T>(m: unknown): Promise<T> => {
    fakeProcess.send(m as string);
    return ((await once(fakeProcess, 'message')) as [T])[0];
  };
  const fake = { url: fakeUrl };
  // The floor: the same hop through a bare forwarding proxy, so the gateway's own share can be told apart.
  const proxyProcess = fork(new URL('./forward-proxy.ts', import.meta.url), { execArgv: ['--import', 'tsx'], env: { ...process.env, BENCH_FAKE_URL: fakeUrl } });
  const [{ url: proxyUrl }] = (await once(proxyProcess, 'message')) as [{ url: string }];
  const pg = DATABASE_URL ? await createTestDatabase(DATABASE_URL) : undefined;
  const server = fork(new URL('./gateway-server.ts', import.meta.url), {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_SERVER_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`] : [])],
    env: { ...process.env, BENCH_FAKE_URL: fake.url, BENCH_DATABASE_URL: pg?.url ?? '', ...(process.argv.includes('--workers') ? { BENCH_ANALYSIS_WORKERS: String(arg('workers', 0)) } : {}) },
  });
  server.on('exit', (code) => code && console.error(`gateway-server exited ${code}`));
  const [{ url: gw, token, workers }] = (await once(server, 'message')) as [{ url: string; token: string; workers: number }];
  const serverCpuMs = async () => {
    server.send('cpu');
    const [m] = (await once(server, 'message')) as [{ cpuMs: number; rssMb: number }];
    return m;
  };

  for (const [name, P] of [['dense', densePrompts()], ['typical', typicalPrompts()]] as const) {
    if (PROFILE && PROFILE !== name) continue;
    await measure(name, P);
  }

  server.send('close');
  await once(server, 'exit');
  for (const child of [proxyProcess, fakeProcess]) {
    child.send('close');
    await once(child, 'exit');
  }
  await pg?.drop();

  async function measure(profile: string, P: readonly string[]) {
    // Every request is a distinct text (the gateway memoises analysis of resent history; a bench that
    // repeated prompts would measure that cache, not the scrub).
    let seq = 0;
    const body = (i: number, stream: boolean) => JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 64, stream, messages: [{ role: 'user', content: `Request ${++seq}: ${P[i % P.length]}`.slice(0, 4096) }] });
    const call = async (base: string, i: number, stream: boolean) => {
      const r = await fetch(`${base}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': token }, body: body(i, stream) });
      const text = await r.text();
      if (r.status !== 200) throw new Error(`${base} answered ${r.status}: ${text.slice(0, 200)}`);
      return text;
    };

    // Sanity: the gateway really scrubbed and restored.
    // Direct calls of an earlier profile sent raw text on purpose: watch from here on.
    await ask({ watch: piiFixtures().find((f) => f.entity === 'EMAIL_ADDRESS')!.values[0]! });
    const probe = await call(gw, 0, false);
    if (profile === 'dense' && !/Noted: \S+@/.test(probe)) throw new Error('gateway did not restore');
    if ((await ask<{ leaked: boolean }>('leaked')).leaked) throw new Error('gateway let an email through');

    // Breakdown: the local analysis of one 4 KB prompt, the step the gateway cannot skip.
    const tClassify: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      classify(P[i % P.length]!);
      tClassify.push(performance.now() - t);
    }

    // 1. Latency, interleaved so both paths see the same machine load.
    for (let i = 0; i < 30; i++) {
      await call(fake.url, i, false);
      await call(proxyUrl, i, false);
      await call(gw, i, false);
    }
    const direct: number[] = [];
    const proxied: number[] = [];
    const through: number[] = [];
    let cpuDirect = 0;
    let cpuThrough = 0;
    const server0 = await serverCpuMs();
    for (let i = 0; i < N; i++) {
      let t = performance.now();
      let c = cpuMs();
      await call(fake.url, i, false);
      direct.push(performance.now() - t);
      cpuDirect += cpuMs() - c;
      t = performance.now();
      await call(proxyUrl, i, false);
      proxied.push(performance.now() - t);
      t = performance.now();
      c = cpuMs();
      await call(gw, i, false);
      through.push(performance.now() - t);
      cpuThrough += cpuMs() - c;
    }
    const cpuCollectorJson = ((await serverCpuMs()).cpuMs - server0.cpuMs) / N;

    // 2. Throughput at CONCURRENCY concurrent streams.
    const throughput = async (base: string) => {
      let done = 0;
      const c = cpuMs();
      const s0 = (await serverCpuMs()).cpuMs;
      const until = performance.now() + SECONDS * 1000;
      await Promise.all(Array.from({ length: CONCURRENCY }, async (_, w) => {
        for (let i = w; performance.now() < until; i += CONCURRENCY) {
          await call(base, i, true);
          done++;
        }
      }));
      const cpuPerReq = (cpuMs() - c) / done;
      const server = await serverCpuMs();
      return { rps: done / SECONDS, cpuPerReq, collectorPerReq: (server.cpuMs - s0) / done, rssMb: server.rssMb };
    };
    // Interleaved halves, so a change in machine load hits both paths alike.
    type Run = Awaited<ReturnType<typeof throughput>>;
    const runs = { direct: [] as Run[], proxy: [] as Run[], gateway: [] as Run[] };
    for (let k = 0; k < 2; k++) {
      runs.direct.push(await throughput(fake.url));
      runs.proxy.push(await throughput(proxyUrl));
      runs.gateway.push(await throughput(gw));
    }
    const avg = (xs: Run[]) => ({ rps: (xs[0]!.rps + xs[1]!.rps) / 2, cpuPerReq: (xs[0]!.cpuPerReq + xs[1]!.cpuPerReq) / 2, collectorPerReq: (xs[0]!.collectorPerReq + xs[1]!.collectorPerReq) / 2 });
    const { rps: rpsDirect, cpuPerReq: cpuStreamDirect } = avg(runs.direct);
    const { rps: rpsProxy } = avg(runs.proxy);
    const { rps: rpsGateway, cpuPerReq: cpuStreamGateway, collectorPerReq: cpuCollectorStream } = avg(runs.gateway);

    const [d50, d99, g50, g99] = [pct(direct, 50), pct(direct, 99), pct(through, 50), pct(through, 99)];
    const values = P.reduce((n, p) => n + classify(p).findings.length, 0) / P.length;
    console.log(`gateway bench, profile ${profile} (${values.toFixed(0)} sensitive values per prompt on average; ${pg ? 'PostgreSQL' : 'PGlite'}; ${workers} detection thread${workers === 1 ? '' : 's'}) — ${N} sequential 4 KB JSON calls, then ${CONCURRENCY} concurrent streams, 2 × ${SECONDS}s per path interleaved — load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    console.log(`  classify(4 KB) alone       p50 ${f2(pct(tClassify, 50))} ms   p99 ${f2(pct(tClassify, 99))} ms`);
    console.log(`  direct to fake             p50 ${f2(d50)} ms   p99 ${f2(d99)} ms`);
    const [x50, x99] = [pct(proxied, 50), pct(proxied, 99)];
    console.log(`  through a bare proxy       p50 ${f2(x50)} ms   p99 ${f2(x99)} ms   (one more process hop, nothing else: added p50 ${f2(x50 - d50)} / p99 ${f2(x99 - d99)} ms)`);
    console.log(`  through gateway            p50 ${f2(g50)} ms   p99 ${f2(g99)} ms`);
    console.log(`  added by gateway           p50 ${f2(g50 - d50)} ms   p99 ${f2(g99 - d99)} ms   (goal ≤ 3 ms p99)   ratio p99 ${f2(g99 / d99)}×`);
    const paired = through.map((t, i) => t - direct[i]!);
    console.log(`  added, paired per call     p50 ${f2(pct(paired, 50))} ms   p99 ${f2(pct(paired, 99))} ms`);
    const beyond = through.map((t, i) => t - proxied[i]!);
    console.log(`  added beyond the bare hop  p50 ${f2(g50 - x50)} ms   p99 ${f2(g99 - x99)} ms   paired p50 ${f2(pct(beyond, 50))} / p99 ${f2(pct(beyond, 99))} ms`);
    console.log(`  throughput direct          ${rpsDirect.toFixed(0)} req/s`);
    console.log(`  throughput bare proxy      ${rpsProxy.toFixed(0)} req/s`);
    console.log(`  throughput through gateway ${rpsGateway.toFixed(0)} req/s   (goal ≥ 1,000)   ratio ${f2(rpsGateway / rpsDirect)}× of direct, ${f2(rpsGateway / rpsProxy)}× of the bare proxy`);
    console.log(`  collector CPU per call     JSON ${f2(cpuCollectorJson)} ms   streamed ${f2(cpuCollectorStream)} ms   (RSS ${runs.gateway[1]!.rssMb.toFixed(0)} MB)`);
    console.log(`  client CPU per call        JSON direct ${f2(cpuDirect / N)} / via gateway ${f2(cpuThrough / N)} ms   streamed direct ${f2(cpuStreamDirect)} / via gateway ${f2(cpuStreamGateway)} ms`);
  }
}

await main();
