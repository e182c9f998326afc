// Row types of the core tables (migration 202611211700_core). Column names are snake_case as in SQL.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** jsonb: written as a JSON string (portable across postgres.js and PGlite), read back parsed. */
export type Json<T> = ColumnType<T, string, string>;
/** int8 comes back as string from postgres.js and number from PGlite: always cast in SELECTs. */
type BigCount = ColumnType<string | number, number, number>;

export const ROLES = ['admin', 'analyst', 'executive', 'employee'] as const;
export type Role = (typeof ROLES)[number];
export const TOKEN_KINDS = ['session', 'device', 'sensor'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface TenantsTable {
  id: string;
  name: string;
  /** HMAC key devices and sensors use to pseudonymise user ids (handed out at enrollment). */
  pseudonym_key: string;
  created_at: CreatedAt;
}

export interface EnrollmentSecretsTable {
  id: Generated<string>;
  tenant_id: string;
  secret_hash: string;
  label: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
}

export interface UsersTable {
  id: Generated<string>;
  tenant_id: string;
  email: string; // lower-cased
  display_name: string;
  role: Role;
  password_hash: string;
  created_at: CreatedAt;
  disabled_at: Timestamp | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  tenant_id: string;
  kind: TokenKind;
  token_hash: string;
  user_id: string | null;
  device_id: string | null;
  label: string;
  created_at: CreatedAt;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface DevicesTable {
  tenant_id: string;
  device_id: string;
  browser: string;
  extension_version: string;
  user_pseudonym: string | null;
  enrolled_at: Timestamp;
  last_seen_at: Timestamp;
}

/** Pseudonym → real identity, only ever read through the audited reveal. */
export interface PseudonymsTable {
  tenant_id: string;
  pseudonym: string;
  identity: string;
  source: string;
  first_seen: CreatedAt;
}

export interface PolicyVersionsTable {
  tenant_id: string;
  version: number;
  policy: Json<unknown>;
  etag: string;
  created_at: CreatedAt;
  created_by: string;
  comment: string;
}

export interface DecisionEventsTable {
  id: string;
  tenant_id: string;
  received_at: CreatedAt;
  occurred_at: Timestamp;
  device_id: string;
  user_pseudonym: string;
  department: string | null;
  app_id: string;
  host: string;
  channel: string;
  tier: string;
  action: string;
  outcome: string;
  rule_id: string | null;
  policy_version: number;
  entities: Json<Record<string, number>>;
  classes: Json<string[]>;
  severity: string;
  size_bytes: BigCount;
  file_type: string | null;
  file_size: BigCount | null;
  justification: string | null;
  handoff_id: string | null;
}

export interface EventRollupsDailyTable {
  tenant_id: string;
  day: ColumnType<string, string, string>;
  app_id: string;
  action: string;
  outcome: string;
  severity: string;
  events: number;
  bytes: BigCount;
}

export interface AppUsersDailyTable {
  tenant_id: string;
  day: ColumnType<string, string, string>;
  app_id: string;
  users: number;
}

export interface SensorBatchesTable {
  tenant_id: string;
  batch_id: string;
  sensor_id: string;
  format: string;
  rows: number;
  stats: Json<unknown>;
  received_at: CreatedAt;
}

export interface InventoryDailyTable {
  tenant_id: string;
  day: ColumnType<string, string, string>;
  app_id: string;
  host: string;
  client: string;
  department: string | null;
  dns_queries: BigCount;
  tls_handshakes: BigCount;
  quic_handshakes: BigCount;
  http_requests: BigCount;
  bytes_up: BigCount;
  bytes_down: BigCount;
  first_seen: Timestamp;
  last_seen: Timestamp;
}

export interface UnknownHostsTable {
  tenant_id: string;
  host: string;
  reason: string;
  hits: BigCount;
  first_seen: Timestamp;
  last_seen: Timestamp;
}

export interface AppOverridesTable {
  tenant_id: string;
  app_id: string;
  tier: string;
  note: string;
  updated_at: Timestamp;
  updated_by: string;
}

export interface AuditLogTable {
  id: Generated<string>;
  tenant_id: string;
  at: CreatedAt;
  actor: string;
  action: string;
  target: string;
  reason: string | null;
  details: Json<unknown>;
}

export interface CoreTables {
  tenants: TenantsTable;
  enrollment_secrets: EnrollmentSecretsTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  devices: DevicesTable;
  pseudonyms: PseudonymsTable;
  policy_versions: PolicyVersionsTable;
  decision_events: DecisionEventsTable;
  event_rollups_daily: EventRollupsDailyTable;
  app_users_daily: AppUsersDailyTable;
  sensor_batches: SensorBatchesTable;
  inventory_daily: InventoryDailyTable;
  unknown_hosts: UnknownHostsTable;
  app_overrides: AppOverridesTable;
  audit_log: AuditLogTable;
}
