import type { EffectiveConfig } from './config';

// Kept apart from config.ts so the content script does not pull zod in with the config parser.
/** Per-site override for an app id or hostname (label-suffix match). */
export function overrideFor(c: EffectiveConfig, appId: string, host: string) {
  return c.siteOverrides?.find((o) => o.site === appId || host === o.site || host.endsWith('.' + o.site));
}
