// Response shapes of the collector routes the console reads. Every one is inferred from the zod
// schema the collector validates its responses with (policies/src/wire), so the two cannot drift.
export type {
  ExposureOverview, WhatIfResponse, ExposureRun, PolicyDocument, GatewayUsage, UsagePolicy, Tier,
  AppRow, AppsResponse, AppSanctioned,
  StoredEvent, EventsPage as EventsResponse, RevealResponse,
  VersionSummary, PolicyVersions, Simulation,
  AuditEntry, AuditPage,
  Budget,
  LiveDecision, LiveMessage,
} from '@protocol-zero/policies';

// Deploy page (not yet in policies/src/wire): kept field-for-field with collector/src/routes/deploy.
export interface Credential {
  id: string;
  label: string;
  createdAt: string;
  revoked: boolean;
}
