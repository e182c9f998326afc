// Response shapes of collector routes whose schemas live in the route files (not yet in
// policies/src/wire). Kept field-for-field with collector/src/routes/*; exposure, policy documents
// and gateway usage come from policies directly.
export type {
  ExposureOverview, WhatIfResponse, ExposureRun, PolicyDocument, GatewayUsage, UsagePolicy, Tier,
} from '@protocol-zero/policies';

export interface AppRow {
  appId: string;
  name: string;
  vendor: string;
  category: string;
  catalogued: boolean;
  tier: 'sanctioned' | 'tolerated' | 'unsanctioned' | 'blocked';
  override: { tier: string; note: string; updatedAt: string; updatedBy: string } | null;
  vendorRisk: number | null;
  events: number;
  blocked: number;
  redirected: number;
  users: number;
  clients: number;
  bytes: number;
  firstDay: string;
  lastDay: string;
  sources: string[];
}
export interface AppsResponse {
  from: string;
  apps: AppRow[];
  unknownHosts: { host: string; reason: string; hits: number; firstSeen: string; lastSeen: string }[];
}

export interface StoredEvent {
  id: string;
  occurredAt: string;
  receivedAt: string;
  deviceId: string;
  user: string;
  department?: string;
  appId: string;
  host: string;
  channel: string;
  tier: string;
  action: string;
  outcome: string;
  ruleId: string | null;
  policyVersion: number;
  entities: Record<string, number>;
  classes: string[];
  severity: string;
  sizeBytes: number;
}
export interface EventsResponse {
  events: StoredEvent[];
  nextCursor: string | null;
}

export type { LiveDecision, LiveMessage } from '@protocol-zero/policies';

export interface VersionSummary {
  version: number;
  etag: string;
  createdAt: string;
  createdBy: string;
  comment: string;
}

export interface Simulation {
  days: number;
  evaluated: number;
  changed: number;
  truncated: boolean;
  transitions: { from: string; to: string; count: number }[];
  byApp: { appId: string; changed: number; evaluated: number }[];
  byRule: { ruleId: string | null; count: number }[];
  samples: { eventId: string; appId: string; from: string; to: string; ruleId: string | null }[];
}

export interface Credential {
  id: string;
  label: string;
  createdAt: string;
  revoked: boolean;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  reason: string | null;
}

export interface Budget {
  scope: 'user' | 'department';
  subject: string;
  period: 'day' | 'month';
  maxTokens: number | null;
  maxUsd: number | null;
}
