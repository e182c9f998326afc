import { APPS, type AiApp } from '@protocol-zero/policies';
import { ADAPTER_HOSTS } from '../sites/index';

/**
 * Content-script match patterns, derived from the catalog at build time (plus hosts that have a
 * dedicated adapter). Chosen over <all_urls>: the script — with the detectors — is never injected
 * into banking, HR or intranet pages, and the install prompt names exactly the AI sites.
 */
export function contentMatches(apps: readonly AiApp[] = Object.values(APPS) as AiApp[]): string[] {
  const hosts = new Set<string>(ADAPTER_HOSTS);
  for (const app of apps) for (const h of app.hosts) hosts.add(h.toLowerCase());
  const out: string[] = [];
  for (const h of [...hosts].sort()) {
    if (!/^[a-z0-9.-]+$/.test(h) || !h.includes('.')) continue;
    out.push(`*://${h}/*`, `*://*.${h}/*`);
  }
  return out;
}
