import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PacketDecoder } from '../decode/packet';
import { LINE_FORMATS } from '../inputs/formats';
import { CaptureFormatError } from '../inputs/capture-types';
import { PcapReader } from '../inputs/pcap/reader';
import { PcapngReader } from '../inputs/pcapng/reader';
import { syntheticPcap } from '../inputs/pcap/synthetic';
import { evalPath, hasEval } from '../testing/eval-data';
import { readdirSync } from 'node:fs';

// Malformed input never crashes the sensor: ≥ 100k mutated packets and ≥ 100k mutated log lines run
// through the real decoders; the run ends with counts of bad records, inside a time and heap budget.

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0; return s / 2 ** 32; };
}

function mutate(src: Uint8Array, rand: () => number): Uint8Array {
  const b = Uint8Array.from(src);
  const kind = rand();
  if (kind < 0.15) return b.subarray(0, Math.floor(rand() * b.length)); // truncate
  const flips = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < flips; i++) {
    const at = Math.floor(rand() * b.length);
    b[at] = kind < 0.6 ? b[at]! ^ (1 << Math.floor(rand() * 8)) : Math.floor(rand() * 256); // bit flip or random byte
  }
  return b;
}

/** Frames (link type, bytes) from the synthetic capture and every real capture in shared/eval. */
function seedFrames(): Array<[number, Uint8Array]> {
  const frames: Array<[number, Uint8Array]> = [];
  const grab = (bytes: Uint8Array, ng: boolean): void => {
    const r = ng ? new PcapngReader((lt, b, off, len) => frames.push([lt, Uint8Array.from(b.subarray(off, off + len))])) : new PcapReader((lt, b, off, len) => frames.push([lt, Uint8Array.from(b.subarray(off, off + len))]));
    r.push(bytes);
    r.end();
  };
  grab(Buffer.concat([...syntheticPcap({ packets: 600, seed: 5 })]), false);
  if (hasEval) {
    const root = evalPath('pcap/zeek/');
    for (const d of readdirSync(root)) {
      for (const f of (() => { try { return readdirSync(root + d); } catch { return []; } })()) {
        if (/\.pcap(ng)?$/.test(f)) grab(readFileSync(`${root}${d}/${f}`), f.endsWith('ng'));
      }
    }
  }
  return frames;
}

const LINK_TYPES = [1, 101, 113, 276, 0, 228, 229];

describe('fuzz', () => {
  it('120k mutated packets: no throw, malformed counted, bounded time and heap', () => {
    const rand = rng(1);
    const frames = seedFrames();
    expect(frames.length).toBeGreaterThan(500);
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    let sightings = 0;
    const dec = new PacketDecoder(() => { sightings++; });
    const N = 120_000;
    for (let i = 0; i < N; i++) {
      const [lt, frame] = frames[Math.floor(rand() * frames.length)]!;
      const m = mutate(frame, rand);
      dec.decode(rand() < 0.9 ? lt : LINK_TYPES[Math.floor(rand() * LINK_TYPES.length)]!, m, 0, m.length, i);
    }
    const ms = performance.now() - t0;
    const heapMb = (process.memoryUsage().heapUsed - heap0) / 1048576;
    console.info(`packet fuzz: ${N} packets, ${dec.stats.malformed} malformed, ${dec.stats.notIp} not IP, ${sightings} sightings, ${ms.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB`);
    expect(dec.stats.packets).toBe(N);
    expect(dec.stats.malformed).toBeGreaterThan(1000);
    expect(sightings).toBeGreaterThan(1000); // mutations that spare the headers still decode
    expect(ms).toBeLessThan(60_000);
    expect(heapMb).toBeLessThan(200);
  });

  it('mutated capture files: only CaptureFormatError, never anything else', () => {
    const rand = rng(2);
    const pcap = Buffer.concat([...syntheticPcap({ packets: 300, seed: 9 })]);
    const ng = hasEval ? readFileSync(evalPath('pcap/zeek/pcapng/pcapng-multi-interface.pcapng')) : undefined;
    let rejected = 0;
    for (let i = 0; i < 400; i++) {
      const src = ng && i % 2 ? ng : pcap;
      const m = mutate(src, rand);
      const r = src === ng ? new PcapngReader(() => {}) : new PcapReader(() => {});
      try { r.push(m); r.end(); } catch (e) {
        expect(e).toBeInstanceOf(CaptureFormatError);
        rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(10);
  });

  it('110k mutated log lines across every format: each is a sighting, skip or bad', () => {
    const rand = rng(3);
    const seeds: string[] = [];
    if (hasEval) {
      for (const rel of ['logs/elastic-integrations/squid/test-access.log', 'logs/elastic-integrations/zscaler_zia/test-web.log', 'logs/elastic-integrations/proxysg/test-proxy-main.log', 'logs/elastic-integrations/cisco_umbrella/test-umbrella-dnslogs.log', 'logs/elastic-integrations/cisco_umbrella/test-umbrella-proxylogs.log', 'logs/elastic-integrations/panw/test-panw-panos-threat-url-no-xff-sample.log', 'logs/elastic-integrations/zeek_json/test-dns.log', 'logs/elastic-integrations/zeek_json/test-ssl.log', 'logs/windows-dns-debug.sample.log', 'logs/logstash-patterns-core/bind.sample.log', 'logs/logstash-patterns-core/bro.sample.log']) {
        seeds.push(...readFileSync(evalPath(rel), 'utf8').split('\n').filter(Boolean));
      }
    }
    seeds.push('Nov 21 10:00:01 dnsmasq[1]: query[A] chatgpt.com from 10.0.0.1', '{"host":"a","src":"b"}', 'a,b,c');
    const counts = { sighting: 0, skip: 0, bad: 0 };
    const t0 = performance.now();
    const perFormat = 8_000;
    for (const f of LINE_FORMATS) {
      const parse = f.create({ referenceMs: 0, map: { host: 'host', client: 'src' } });
      for (let i = 0; i < perFormat; i++) {
        const line = Buffer.from(mutate(Buffer.from(seeds[Math.floor(rand() * seeds.length)]!), rand)).toString('utf8');
        const r = parse(line);
        if (r === 'skip' || r === 'bad') counts[r]++;
        else { counts.sighting++; expect(typeof r.host).toBe('string'); }
      }
    }
    const total = counts.sighting + counts.skip + counts.bad;
    console.info(`line fuzz: ${total} lines, ${counts.bad} bad, ${counts.skip} skipped, ${counts.sighting} parsed, ${(performance.now() - t0).toFixed(0)} ms`);
    expect(total).toBe(perFormat * LINE_FORMATS.length);
    expect(total).toBeGreaterThanOrEqual(100_000);
    expect(counts.bad).toBeGreaterThan(10_000);
  });
});
