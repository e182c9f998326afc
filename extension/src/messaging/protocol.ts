import type { Classification, DecisionEvent, PolicyDocument, UsagePolicy } from '@protocol-zero/policies';

/**
 * The one message protocol between content scripts, popup/options and the background. Every
 * request names its response type here, so `send()` is typed end to end.
 */
export type DecisionDraft = Omit<DecisionEvent, 'deviceId' | 'user' | 'department'>;

export interface StatusView {
  managed: boolean;
  collectorUrl: string | null;
  gatewayUrl: string | null;
  assistantUrl: string | null;
  enrolled: boolean;
  enrollError: string | null;
  tenantId: string | null;
  policy: { source: 'managed' | 'collector' | 'cache' | 'default'; version: number; name: string; fetchedAt: string | null; error: string | null };
  telemetryLevel: string;
  outbox: { queued: number; held: number; dropped: number; rejected: number; invalid: number; sentTotal: number; lastError: string | null };
  page: PageEntry[];
}

export interface PageEntry {
  at: string;
  action: string;
  outcome: string;
  words: string;
  channel: string;
}

export interface Requests {
  classify: { req: { text: string }; res: Classification };
  decision: { req: { draft: DecisionDraft; words: string }; res: { queued: boolean } };
  /** The outcome that stands if the overlay is never answered (tab closed, page left); `decision` with the same id replaces it. */
  hold: { req: { draft: DecisionDraft }; res: { held: boolean } };
  handoff: { req: { prompt: string; appId: string; host: string; decisionId: string; entities: DecisionEvent['entities'] }; res: { ok: true; handoffId: string } | { ok: false; error: string } };
  status: { req: { tabId?: number }; res: StatusView };
  flush: { req: Record<string, never>; res: { sent: number; remaining: number; status: string } };
  refresh: { req: Record<string, never>; res: StatusView };
}

export type RequestType = keyof Requests;
export type Message = { [K in RequestType]: { type: K } & Requests[K]['req'] }[RequestType];
export type Response<K extends RequestType> = Requests[K]['res'];

/** What content scripts read to decide synchronously (kept in storage.local by the background). */
export interface EffectivePolicy {
  v: 1;
  source: StatusView['policy']['source'];
  policy: UsagePolicy;
  version: number;
  doc?: Pick<PolicyDocument, 'etag' | 'createdAt'>;
  fetchedAt: string | null;
  error: string | null;
}
