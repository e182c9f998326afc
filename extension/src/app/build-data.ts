import { APPS, DEFAULT_POLICY, type AiApp } from '@protocol-zero/policies';
import type { LiteCatalog } from './catalog-lite';

/**
 * Build-time only (wxt.config `define`): the content script gets the catalog's web hosts and the
 * default policy as plain JSON instead of the catalog modules, zod and the YAML parser.
 */
export function liteCatalog(apps: readonly AiApp[] = Object.values(APPS) as AiApp[]): LiteCatalog {
  const out: Record<string, readonly [string, AiApp['category']]> = {};
  for (const a of apps) for (const h of a.hosts) out[h.toLowerCase()] ??= [a.id, a.category];
  return out;
}

export const buildDefines = () => ({
  __PZ_CATALOG__: JSON.stringify(liteCatalog()),
  __PZ_DEFAULT_POLICY__: JSON.stringify(DEFAULT_POLICY),
});
