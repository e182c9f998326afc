import type { AppCategory } from '@protocol-zero/policies';

/** host → [appId, category] for web hosts: all the content script needs from the catalog. */
export type LiteCatalog = Record<string, readonly [string, AppCategory]>;

/** Same label-suffix rule as policies' matchHost ('www.claude.ai' yes, 'notclaude.ai' no). */
export function lookupLite(catalog: LiteCatalog, host: string): { id: string; category: AppCategory } | undefined {
  let h = host.toLowerCase().replace(/\.$/, '');
  for (;;) {
    const hit = catalog[h];
    if (hit) return { id: hit[0], category: hit[1] };
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}
