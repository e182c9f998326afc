export const APP_CATEGORIES = [
  'chat_assistant', 'coding_assistant', 'writing', 'image', 'video', 'voice', 'meeting_notes',
  'search', 'model_api', 'inference_platform', 'embedded_saas', 'agent', 'productivity', 'other',
] as const;
export type AppCategory = (typeof APP_CATEGORIES)[number];

/** A vendor-risk fact is only as good as its source: every fact carries one. */
export interface RiskFact<T> {
  value: T;
  source: string; // URL or document title of the vendor's own terms / trust page
  asOf: string; // 'YYYY-MM'
}

export interface VendorRisk {
  trainsOnInputsByDefault: RiskFact<boolean | 'unknown'>;
  retentionDays: RiskFact<number | 'unknown' | 'none'>;
  enterpriseTier: RiskFact<boolean | 'unknown'>;
  soc2: RiskFact<boolean | 'unknown'>;
  hipaaBaa: RiskFact<boolean | 'unknown'>;
  dataResidency: RiskFact<string[] | 'unknown'>; // e.g. ['US', 'EU']
  breachHistory?: RiskFact<string[]>;
}

export interface AiApp {
  id: string; // kebab-case, stable forever (stored in events)
  name: string;
  vendor: string;
  category: AppCategory;
  /** Web hostnames (suffix match on label boundaries: 'claude.ai' matches 'www.claude.ai'). */
  hosts: readonly string[];
  /** API hostnames (same matching). */
  apiHosts: readonly string[];
  risk: VendorRisk;
  /** 0 (low) .. 1 (high), derived from the facts by vendorRiskScore(); not hand-set. */
}

export interface HostMatch {
  app: AiApp;
  host: string; // the catalog hostname that matched
  kind: 'web' | 'api';
}
