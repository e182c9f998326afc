import type { SensorFormat } from '@protocol-zero/policies';
import { bindFormat } from './dns-logs/bind';
import { dnsmasqFormat } from './dns-logs/dnsmasq';
import { umbrellaDnsFormat } from './dns-logs/umbrella-dns';
import { windowsDnsFormat } from './dns-logs/windows-dns';
import { zeekDnsFormat } from './dns-logs/zeek-dns';
import type { LineFormat } from './line-format';
import { isPcapMagic } from './pcap/reader';
import { isPcapngMagic } from './pcapng/reader';
import { csvFormat, jsonlFormat } from './proxy-logs/generic';
import { panosFormat } from './proxy-logs/panos';
import { proxysgFormat } from './proxy-logs/proxysg';
import { squidCombinedFormat } from './proxy-logs/squid-combined';
import { squidFormat } from './proxy-logs/squid';
import { umbrellaProxyFormat } from './proxy-logs/umbrella-proxy';
import { zeekHttpFormat } from './proxy-logs/zeek-http';
import { zeekSslFormat } from './proxy-logs/zeek-ssl';
import { zscalerFormat } from './proxy-logs/zscaler';

/** Every line format; detection tries them in this order (most specific signature first). */
export const LINE_FORMATS: readonly LineFormat[] = [
  zeekDnsFormat, zeekSslFormat, zeekHttpFormat, zscalerFormat, proxysgFormat, windowsDnsFormat, bindFormat, dnsmasqFormat,
  umbrellaDnsFormat, umbrellaProxyFormat, panosFormat, squidFormat, squidCombinedFormat, csvFormat, jsonlFormat,
];

export function lineFormat(id: SensorFormat): LineFormat | undefined {
  return LINE_FORMATS.find((f) => f.id === id);
}

/** Picks the format from the first bytes of the input; undefined if nothing matches. */
export function detectFormat(head: Uint8Array): SensorFormat | undefined {
  if (isPcapngMagic(head)) return 'pcapng';
  if (isPcapMagic(head)) return 'pcap';
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 65536)).toString('utf8');
  const lines = text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim()).slice(0, 25);
  if (lines.length > 1 && !text.endsWith('\n')) lines.pop(); // the last line may be cut mid-way
  return LINE_FORMATS.find((f) => f.detect(lines))?.id;
}
