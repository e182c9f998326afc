import { ManagedConfigSchema, type ManagedConfig } from '@protocol-zero/policies';

export interface EffectiveConfig extends ManagedConfig {
  /** True when IT pushed at least one key through storage.managed. */
  managed: boolean;
  telemetryLevel: NonNullable<ManagedConfig['telemetryLevel']>;
  identityMode: NonNullable<ManagedConfig['identityMode']>;
  /** Keys IT pushed that did not validate: shown in the popup, never silently ignored. */
  invalidKeys: string[];
}

/** Keeps the valid keys of a partly wrong managed config: one bad URL must not disable the rest. */
export function parseConfigLenient(raw: unknown): { config: ManagedConfig; invalidKeys: string[] } {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const config: Record<string, unknown> = {};
  const invalidKeys: string[] = [];
  const shape = ManagedConfigSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  for (const [k, v] of Object.entries(obj)) {
    const field = shape[k];
    if (!field) continue; // unknown keys from a newer kit: ignore
    const r = field.safeParse(v);
    if (r.success && r.data !== undefined) config[k] = r.data;
    else invalidKeys.push(k);
  }
  return { config: config as ManagedConfig, invalidKeys };
}

/** Managed keys win over the options page; safe defaults fill the rest. */
export function resolveConfig(managedRaw: unknown, optionsRaw: unknown): EffectiveConfig {
  const managed = parseConfigLenient(managedRaw);
  const options = parseConfigLenient(optionsRaw);
  const merged: ManagedConfig = { ...options.config, ...managed.config };
  return {
    ...merged,
    telemetryLevel: merged.telemetryLevel ?? 'all',
    identityMode: merged.identityMode ?? 'pseudonymous',
    managed: Object.keys(managed.config).length > 0 || managed.invalidKeys.length > 0,
    invalidKeys: managed.invalidKeys,
  };
}

const trimSlash = (u: string) => u.replace(/\/+$/, '');

export function policyUrlOf(c: EffectiveConfig, enrolledPolicyUrl?: string | null): string | null {
  if (c.policyUrl) return c.policyUrl;
  if (enrolledPolicyUrl) return new URL(enrolledPolicyUrl, c.collectorUrl ?? undefined).toString();
  return c.collectorUrl ? `${trimSlash(c.collectorUrl)}/v1/policy` : null;
}

export function assistantUrlOf(c: EffectiveConfig): string | null {
  if (c.assistantUrl) return c.assistantUrl;
  const base = c.gatewayUrl ?? c.collectorUrl;
  return base ? `${trimSlash(base)}/assistant` : null;
}

export const endpoint = (base: string, path: string) => `${trimSlash(base)}${path}`;

