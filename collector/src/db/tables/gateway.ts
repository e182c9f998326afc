// Row types of the gateway tables (migration 202611211800_gateway). No column ever holds prompt
// text or a placeholder's value in the clear: prompt_enc and value_enc are AES-256-GCM.
import type { ColumnType, Generated } from 'kysely';
import type { Json } from './core';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type BigCount = ColumnType<string | number, number, number>;

export const BUDGET_SCOPES = ['user', 'department'] as const;
export type BudgetScope = (typeof BUDGET_SCOPES)[number];
export const BUDGET_PERIODS = ['day', 'month'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

export interface GatewayTokensTable {
  id: Generated<string>;
  tenant_id: string;
  token_hash: string;
  user_pseudonym: string;
  department: string | null;
  label: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
}

export interface GatewayConversationsTable {
  tenant_id: string;
  id: string;
  owner: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  /** The tier a redirect rule named for this hand-off conversation; null: the request's own choice. */
  model_tier: 'frontier' | 'worker' | null;
}

export interface GatewayVaultEntriesTable {
  tenant_id: string;
  conversation_id: string;
  key_id: string;
  placeholder: string;
  entity: string;
  value_enc: Uint8Array;
  created_at: CreatedAt;
}

export interface GatewayHandoffsTable {
  id: string;
  tenant_id: string;
  token_hash: string;
  user_pseudonym: string | null;
  device_id: string | null;
  app_id: string;
  host: string;
  decision_id: string;
  prompt_enc: Uint8Array;
  entities: Json<Record<string, number>>;
  created_at: CreatedAt;
  expires_at: Timestamp;
  redeemed_at: Timestamp | null;
  conversation_id: string | null;
}

export interface GatewayBudgetsTable {
  tenant_id: string;
  scope: BudgetScope;
  subject: string;
  period: BudgetPeriod;
  max_tokens: BigCount | null;
  max_usd_micros: BigCount | null;
  updated_at: Timestamp;
  updated_by: string;
}

export interface GatewayUsageCountersTable {
  tenant_id: string;
  scope: BudgetScope;
  subject: string;
  period_start: ColumnType<string, string, string>;
  tokens: BigCount;
  usd_micros: BigCount;
  requests: number;
}

export interface GatewayRequestsTable {
  id: string;
  tenant_id: string;
  at: Timestamp;
  user_pseudonym: string;
  department: string | null;
  source: string;
  provider: string | null;
  model: string | null;
  entities: Json<Record<string, number>>;
  input_tokens: number;
  output_tokens: number;
  cost_usd_micros: BigCount;
  latency_ms: number;
  outcome: string;
  invented_placeholders: number;
  streamed: boolean;
}

export interface GatewayTables {
  gateway_tokens: GatewayTokensTable;
  gateway_conversations: GatewayConversationsTable;
  gateway_vault_entries: GatewayVaultEntriesTable;
  gateway_handoffs: GatewayHandoffsTable;
  gateway_budgets: GatewayBudgetsTable;
  gateway_usage_counters: GatewayUsageCountersTable;
  gateway_requests: GatewayRequestsTable;
}
