import type { AppCategory, Classification, UsagePolicy } from '@protocol-zero/policies';
import { lookupLite, type LiteCatalog } from './catalog-lite';
import browser from 'webextension-polyfill';
import { adapterFor } from '../sites/index';
import { InterceptController } from '../features/intercept/controller';
import { showOverlay } from '../features/overlay/mount';
import type { EffectiveConfig } from '../features/managed-config/config';
import { overrideFor } from '../features/managed-config/overrides';
import type { SiteContext } from '../features/decide/decide';
import type { EffectivePolicy } from '../messaging/protocol';
import { send } from '../messaging/send';
import { KEYS } from '../storage/items';

declare const __PZ_CATALOG__: LiteCatalog;
declare const __PZ_DEFAULT_POLICY__: UsagePolicy;

/** Which AI app this page is: the catalog first; a dedicated adapter's host counts even if uncatalogued. */
export function siteOf(host: string, path: string): { site: SiteContext; adapterId: string } | null {
  const adapter = adapterFor(host, path);
  const hit = lookupLite(__PZ_CATALOG__, host);
  if (!hit && adapter.id === 'generic') return null; // not an AI app: never intercepted
  const appId = hit?.id ?? adapter.id;
  const category: AppCategory = hit?.category ?? 'chat_assistant';
  return { site: { appId, category, host }, adapterId: adapter.id };
}

export function main(): void {
  const which = siteOf(location.hostname, location.pathname);
  if (!which) return;
  const adapter = adapterFor(location.hostname, location.pathname);
  let policy: EffectivePolicy = { v: 1, source: 'default', policy: __PZ_DEFAULT_POLICY__, version: __PZ_DEFAULT_POLICY__.version, fetchedAt: null, error: null };
  let config: EffectiveConfig | undefined;
  const site: SiteContext = { ...which.site };
  let detach: (() => void) | null = null;

  const controller = new InterceptController({
    adapter,
    site,
    doc: document,
    policy: () => policy,
    classifyRemote: (text) => send('classify', { text }) as Promise<Classification>,
    record: (draft, words) => void send('decision', { draft, words }).catch(() => undefined),
    hold: (draft) => void send('hold', { draft }).catch(() => undefined),
    handoff: async (prompt, draft) =>
      send('handoff', { prompt, appId: draft.appId, host: draft.host, decisionId: draft.id, entities: draft.entities }),
    overlay: (props) => showOverlay(document, props),
    canRedirect: () => !!(config?.gatewayUrl ?? config?.collectorUrl),
    uuid: () => crypto.randomUUID(),
  });

  const apply = (c: EffectiveConfig | undefined, p: EffectivePolicy | undefined) => {
    if (p?.v === 1) policy = p;
    config = c;
    const o = c ? overrideFor(c, site.appId, site.host) : undefined;
    if (o?.tier) site.tierOverride = o.tier;
    else delete site.tierOverride;
    if (o?.disabled && detach) {
      detach();
      detach = null;
    } else if (!o?.disabled && !detach) detach = controller.attach(window);
  };
  // Listen first (capture, document_start) so we are ahead of the site's handlers; refine after.
  detach = controller.attach(window);
  void browser.storage.local.get([KEYS.config, KEYS.policy]).then((s) => apply(s[KEYS.config] as EffectiveConfig, s[KEYS.policy] as EffectivePolicy));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(KEYS.config in changes || KEYS.policy in changes)) return;
    void browser.storage.local.get([KEYS.config, KEYS.policy]).then((s) => apply(s[KEYS.config] as EffectiveConfig, s[KEYS.policy] as EffectivePolicy));
  });
}
