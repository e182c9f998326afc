import { classify, DecisionEventSchema, type DecisionEvent, type EventBatch } from '@protocol-zero/policies';
import browser from 'webextension-polyfill';
import type { EffectivePolicy, Message, PageEntry, StatusView } from '../messaging/protocol';
import { resolveConfig, assistantUrlOf, endpoint, type EffectiveConfig } from '../features/managed-config/config';
import { enroll, needsEnrollment, newDevice, pseudonymOf, refreshPolicy, type DeviceState } from '../features/managed-config/sync';
import { Outbox, type SendResult } from '../features/outbox/outbox';
import { HeldDecisions, HOLD_MAX_MS } from '../features/outbox/held';
import { createHandoff } from '../features/redirect/handoff';
import { KEYS, localKv, readItem } from '../storage/items';

type Config = EffectiveConfig & { v: 1 };
const POLICY_MAX_AGE_MS = 10 * 60_000;

const browserName = (): 'chrome' | 'edge' | 'firefox' | 'other' => {
  const ua = navigator.userAgent;
  return ua.includes('Firefox/') ? 'firefox' : ua.includes('Edg/') ? 'edge' : ua.includes('Chrome/') ? 'chrome' : 'other';
};

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {}; // Firefox without a policy, or no schema: unmanaged
  }
}

async function managedEmail(c: EffectiveConfig): Promise<string | undefined> {
  if (c.identityMode !== 'managed') return undefined;
  const identity = (globalThis as { chrome?: { identity?: { getProfileUserInfo?: (o: object, cb: (i: { email: string }) => void) => void } } }).chrome?.identity;
  if (!identity?.getProfileUserInfo) return undefined;
  return new Promise((resolve) => identity.getProfileUserInfo!({ accountStatus: 'ANY' }, (i) => resolve(i.email || undefined)));
}

let config: Config | undefined;
let device: DeviceState | undefined;
let ready: Promise<void> | undefined;
let flushTimer: ReturnType<typeof setTimeout> | undefined;
const pages = new Map<number, PageEntry[]>();

async function sendBatch(batch: EventBatch): Promise<SendResult> {
  const c = config;
  const d = device;
  if (!c?.collectorUrl || !d?.token) throw new Error(c?.collectorUrl ? 'not enrolled yet' : 'no collector configured');
  const res = await fetch(endpoint(c.collectorUrl, '/v1/events'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${d.token}` },
    body: JSON.stringify(batch),
  });
  if (res.ok) return 'ok';
  if (res.status === 401) {
    device = { ...d, token: null };
    await localKv.set(KEYS.device, device);
    return 'retry';
  }
  return res.status === 400 || res.status === 413 || res.status === 422 ? 'reject' : 'retry';
}

const outbox = new Outbox({ kv: localKv, send: sendBatch, key: KEYS.outbox });
const held = new HeldDecisions(localKv, KEYS.held);
/** A `decision` may arrive while its `hold` is still being written: it waits for it. */
const holding = new Map<string, Promise<unknown>>();

async function releaseHeld(which: { tabId: number } | { olderThanMs: number }): Promise<void> {
  const due = await held.release(which);
  if (due.length === 0) return;
  await outbox.enqueue(...due);
  scheduleFlush(2000);
}

function scheduleFlush(ms: number): void {
  clearTimeout(flushTimer);
  flushTimer = setTimeout(() => void flush(false), ms);
}

async function flush(force: boolean) {
  await ready;
  if (device && config && needsEnrollment(config, device)) await syncDevice();
  const r = await outbox.flush({ force });
  if (r.status === 'retrying' || r.status === 'deferred') scheduleFlush(Math.max(1000, r.nextAttemptAt - Date.now()));
  return r;
}

async function syncDevice(): Promise<void> {
  if (!config || !device) return;
  if (needsEnrollment(config, device)) {
    const email = await managedEmail(config);
    device = await enroll(config, device, fetch, {
      extensionVersion: browser.runtime.getManifest().version,
      browser: browserName(),
      ...(email ? { userHint: email } : {}),
    });
    await localKv.set(KEYS.device, device);
  }
}

async function syncPolicy(force: boolean): Promise<EffectivePolicy> {
  const cached = await readItem<EffectivePolicy>(KEYS.policy, 1);
  const fresh = cached?.fetchedAt && Date.now() - Date.parse(cached.fetchedAt) < POLICY_MAX_AGE_MS;
  if (!force && fresh && cached) return cached;
  const next = await refreshPolicy(config!, device!, cached, fetch);
  await localKv.set(KEYS.policy, next);
  return next;
}

/** Everything a (re)started service worker does: config, device, enrollment, policy, outbox. */
async function start(forcePolicy: boolean): Promise<void> {
  const [managed, options] = await Promise.all([readManaged(), localKv.get(KEYS.options)]);
  const before = JSON.stringify(await localKv.get(KEYS.config));
  config = { v: 1, ...resolveConfig(managed, options) };
  await localKv.set(KEYS.config, config);
  device = (await readItem<DeviceState>(KEYS.device, 1)) ?? newDevice(() => crypto.randomUUID());
  await localKv.set(KEYS.device, device);
  await syncDevice();
  await syncPolicy(forcePolicy || before !== JSON.stringify(config));
}

/** Boots run one after another: a managed-storage change during start-up must not enroll twice. */
function boot(forcePolicy = false): Promise<void> {
  const previous = ready ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => start(forcePolicy));
  ready = next;
  void next.then(() => flush(true)).catch(() => undefined);
  return next;
}

async function complete(draft: Message & { type: 'decision' }): Promise<DecisionEvent | null> {
  await ready;
  const c = config!;
  if (c.telemetryLevel === 'off') return null;
  if (c.telemetryLevel === 'violations' && draft.draft.action === 'allow') return null;
  const email = await managedEmail(c);
  const event = {
    ...draft.draft,
    deviceId: device!.deviceId,
    user: await pseudonymOf(device!, email ?? device!.deviceId),
    ...(c.department ? { department: c.department } : {}),
  };
  const parsed = DecisionEventSchema.safeParse(event);
  if (parsed.success) return parsed.data;
  // Only field paths: an event never carries text, but the log line must not start to either.
  console.warn('protocol-zero: invalid decision event', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
  await outbox.noteInvalid();
  return null;
}

async function status(tabId?: number): Promise<StatusView> {
  await ready;
  const c = config!;
  const d = device!;
  const p = (await readItem<EffectivePolicy>(KEYS.policy, 1))!;
  const o = await outbox.state();
  return {
    managed: c.managed,
    collectorUrl: c.collectorUrl ?? null,
    gatewayUrl: c.gatewayUrl ?? null,
    assistantUrl: assistantUrlOf(c),
    enrolled: !!d.token,
    enrollError: d.error,
    tenantId: d.tenantId,
    policy: { source: p.source, version: p.version, name: p.policy.name, fetchedAt: p.fetchedAt, error: p.error },
    telemetryLevel: c.telemetryLevel,
    outbox: { queued: o.events.length, held: await held.count(), dropped: o.dropped, rejected: o.rejected, invalid: o.invalid ?? 0, sentTotal: o.sentTotal, lastError: o.lastError },
    page: tabId !== undefined ? (pages.get(tabId) ?? []) : [],
  };
}

async function handle(msg: Message, sender: browser.Runtime.MessageSender): Promise<unknown> {
  switch (msg.type) {
    case 'classify':
      return classify(msg.text);
    case 'decision': {
      const tab = sender.tab?.id;
      if (tab !== undefined) {
        const list = pages.get(tab) ?? [];
        list.unshift({ at: msg.draft.occurredAt, action: msg.draft.action, outcome: msg.draft.outcome, words: msg.words, channel: msg.draft.channel });
        pages.set(tab, list.slice(0, 20));
      }
      await holding.get(msg.draft.id);
      const event = await complete(msg);
      await held.settle(msg.draft.id);
      if (!event) return { queued: false };
      await outbox.enqueue(event); // persisted before we answer
      scheduleFlush(2000);
      return { queued: true };
    }
    case 'hold': {
      const work = complete({ type: 'decision', draft: msg.draft, words: '' }).then((event) => (event ? held.hold(event, sender.tab?.id ?? null).then(() => true) : false));
      holding.set(msg.draft.id, work);
      try {
        return { held: await work };
      } finally {
        holding.delete(msg.draft.id);
      }
    }
    case 'handoff': {
      await ready;
      const gw = config?.gatewayUrl ?? config?.collectorUrl;
      if (!gw) return { ok: false, error: 'No company assistant is configured.' };
      const { type: _t, ...req } = msg;
      const r = await createHandoff(gw, device?.token ?? null, req, fetch);
      if (!r.ok) return r;
      await browser.tabs.create({ url: r.url, ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}) });
      return { ok: true, handoffId: r.handoffId };
    }
    case 'status':
      return status(msg.tabId);
    case 'flush': {
      const r = await flush(true);
      return { sent: r.sent, remaining: r.remaining, status: r.status };
    }
    case 'refresh':
      await boot(true);
      return status();
  }
}

/** Listeners are registered synchronously at top level so a woken worker sees its event. */
export function main(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => handle(msg as Message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    pages.delete(tabId);
    void releaseHeld({ tabId });
  });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === 'pz-flush') void releaseHeld({ olderThanMs: HOLD_MAX_MS }).then(() => flush(false));
    if (a.name === 'pz-policy') void ready?.then(() => syncPolicy(false));
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed' || (area === 'local' && KEYS.options in _changes)) void boot(true);
  });
  void browser.alarms.create('pz-flush', { periodInMinutes: 1 });
  void browser.alarms.create('pz-policy', { periodInMinutes: 30 });
  void boot();
}
