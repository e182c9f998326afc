import browser from 'webextension-polyfill';
import type { KeyValue } from '../features/outbox/outbox';

/** storage.local as the KeyValue the outbox and sync code take. */
export const localKv: KeyValue = {
  async get<T>(key: string) {
    return (await browser.storage.local.get(key))[key] as T | undefined;
  },
  async set(key: string, value: unknown) {
    await browser.storage.local.set({ [key]: value });
  },
};

/**
 * Keys of the versioned storage items. Each value carries `v`; a reader that meets an unknown
 * version treats it as missing (the background rebuilds it) instead of misreading it.
 */
export const KEYS = {
  config: 'pz:config', // EffectiveConfig & { v: 1 }
  policy: 'pz:policy', // EffectivePolicy
  device: 'pz:device', // DeviceState
  outbox: 'pz:outbox', // OutboxState
  held: 'pz:held', // HeldState: decisions whose overlay is still open
  options: 'pz:options', // ManagedConfig from the options page (unmanaged installs)
} as const;

export async function readItem<T extends { v: number }>(key: string, version: T['v']): Promise<T | undefined> {
  const value = await localKv.get<T>(key);
  return value && value.v === version ? value : undefined;
}
