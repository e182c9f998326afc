export const APP_CATEGORIES = [
  'chat_assistant', 'coding_assistant', 'writing', 'image', 'video', 'voice', 'meeting_notes',
  'search', 'model_api', 'inference_platform', 'embedded_saas', 'agent', 'productivity', 'other',
] as const;
export type AppCategory = (typeof APP_CATEGORIES)[number];

/** A vendor-risk fact is only as good as its source: every fact carries one. */
export interface RiskFact<T> {
  value: T;
  source: string; // URL of the vendor's own terms / privacy / trust page (the page checked, also for 'unknown')
  asOf: string; // 'YYYY-MM'
}

export interface VendorRisk {
  trainsOnInputsByDefault: RiskFact<boolean | 'unknown'>;
  retentionDays: RiskFact<number | 'unknown' | 'none'>;
  enterpriseTier: RiskFact<boolean | 'unknown'>;
  soc2: RiskFact<boolean | 'unknown'>;
  hipaaBaa: RiskFact<boolean | 'unknown'>;
  dataResidency: RiskFact<readonly string[] | 'unknown'>; // e.g. ['US', 'EU']
  breachHistory?: RiskFact<readonly string[]>;
}

export type HostKind = 'web' | 'api' | 'related';

/**
 * A hostname glob for hosts that vary by region or tenant inside a shared parent,
 * e.g. 'bedrock-runtime.*.amazonaws.com'. '*' matches within one label only.
 */
export interface HostPattern {
  glob: string;
  kind: HostKind;
}

export interface AiApp {
  id: string; // kebab-case, stable forever (stored in events)
  name: string;
  vendor: string;
  category: AppCategory;
  /** Web UI hostnames where people type prompts (suffix match on label boundaries: 'claude.ai' matches 'www.claude.ai'). The extension intercepts these. */
  hosts: readonly string[];
  /** API hostnames (same matching). */
  apiHosts: readonly string[];
  /** Vendor hosts that are not a prompt UI (marketing, CDN, uploads, telemetry): attributed to the app by the sensor, never intercepted. */
  relatedHosts?: readonly string[];
  /** Region/tenant hosts under shared parents that a plain suffix cannot express. */
  hostPatterns?: readonly HostPattern[];
  /** AI UIs that live under a shared host, as 'host/path-prefix' (exact host): 'www.bing.com/chat'. Only URL matching sees these. */
  webPaths?: readonly string[];
  /** Where the hostnames come from (lists, vendor docs). */
  sources?: readonly string[];
  risk: VendorRisk;
  /** 0 (low) .. 1 (high), derived from the facts by vendorRiskScore(); not hand-set. */
}

export interface HostMatch {
  app: AiApp;
  host: string; // the catalog hostname, glob or 'host/path' that matched
  kind: HostKind;
}
