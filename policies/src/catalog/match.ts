import type { AiApp, HostMatch } from './types';
import { APPS } from './registry';

/**
 * Hostname → app on label boundaries: 'www.claude.ai' is Claude, 'notclaude.ai' and
 * 'claude.ai.example' are not. One Map lookup per label suffix: O(labels), well under 1 µs.
 */
const index = new Map<string, HostMatch>();
for (const app of Object.values(APPS) as AiApp[]) {
  for (const host of app.hosts) index.set(host, { app, host, kind: 'web' });
  for (const host of app.apiHosts) index.set(host, { app, host, kind: 'api' });
}

export function normalizeHost(input: string): string {
  let h = input.trim().toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  const colon = h.lastIndexOf(':');
  if (colon > 0 && !h.includes(']') && h.indexOf(':') === colon) h = h.slice(0, colon); // host:port
  return h;
}

export function matchHost(input: string): HostMatch | undefined {
  let h = normalizeHost(input);
  for (;;) {
    const hit = index.get(h);
    if (hit) return hit;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

export function lookupApp(host: string): AiApp | undefined {
  return matchHost(host)?.app;
}
