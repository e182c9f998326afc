import type { Detector } from '../types';

// Suffixes that never resolve on the public internet, or that companies conventionally use for
// private zones. '.local' and '.int' also occur in code (`threading.local`), hence lower scores.
const STRONG = ['internal', 'corp', 'intranet', 'lan', 'prod', 'home.arpa', 'localdomain', 'private'];
const WEAK = ['local', 'int'];
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const hostRegex = (suffixes: readonly string[], minLabels = 1) =>
  new RegExp(`(?<![\\w.-])(?:${LABEL}\\.){${minLabels},8}(?:${suffixes.map(escape).join('|')})(?![\\w-]|\\.\\w)`, 'gi');

const CONTEXT = ['host', 'server', 'ssh', 'http', 'connect', 'endpoint', 'dns', 'url', 'db', 'cluster', 'node', 'vpn', 'jdbc', 'redis', 'postgres'];

export const internalHostname: Detector = {
  id: 'network/internal-hostname',
  entity: 'INTERNAL_HOSTNAME',
  label: { one: 'an internal hostname', many: 'internal hostnames' },
  keywords: [...STRONG, ...WEAK].map((s) => `.${s}`),
  patterns: [
    { name: 'private-suffix', regex: hostRegex(STRONG), score: 0.8 },
    { name: 'ambiguous-suffix', regex: hostRegex(WEAK), score: 0.4, contextScore: 0.75 },
  ],
  context: CONTEXT,
};

/**
 * The same detector extended with the company's own domains: any host *under* `acme.com`
 * (`git.acme.com`, `db1.eu.acme.com`) is internal; the public apex `acme.com` itself is not.
 */
export function internalHostnameFor(companyDomains: readonly string[]): Detector {
  const domains = companyDomains.map((d) => d.trim().toLowerCase().replace(/^\*?\./, '')).filter((d) => /^[a-z0-9.-]{3,253}$/.test(d));
  if (domains.length === 0) return internalHostname;
  return {
    ...internalHostname,
    keywords: [...(internalHostname.keywords ?? []), ...domains.map((d) => `.${d}`)],
    patterns: [...internalHostname.patterns, { name: 'company-domain', regex: hostRegex(domains, 1), score: 0.8 }],
  };
}
