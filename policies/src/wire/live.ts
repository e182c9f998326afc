// What the console's websocket (`GET /v1/live`) carries. Pseudonymous and content-free, like the
// stored events; one definition for the collector that sends and the console that reads.

export interface LiveDecision {
  id: string;
  occurredAt: string;
  appId: string;
  user: string;
  action: string;
  outcome: string;
  severity: string;
}

export type LiveMessage =
  | { type: 'hello'; tenantId: string }
  | { type: 'decisions'; tenantId: string; count: number; events: LiveDecision[] }
  | { type: 'inventory'; tenantId: string; sensorId: string; rows: number; apps: string[] }
  | { type: 'policy'; tenantId: string; version: number }
  | { type: 'apps'; tenantId: string; appId: string; tier: string };
