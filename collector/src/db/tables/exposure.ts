// Row types of migration 202611211910_exposure.
import type { ColumnType, Generated } from 'kysely';
import type { Json } from './core';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ExposureSettingsTable {
  tenant_id: string;
  profile: Json<unknown>;
  updated_at: Timestamp;
  updated_by: string;
}

export interface ExposureRunsTable {
  id: Generated<string>;
  tenant_id: string;
  kind: 'current' | 'weekly';
  computed_at: ColumnType<Date, Date | string | undefined, never>;
  window_start: Timestamp;
  window_end: Timestamp;
  input: Json<unknown>;
  result: Json<unknown>;
}

export interface ExposureTables {
  exposure_settings: ExposureSettingsTable;
  exposure_runs: ExposureRunsTable;
}
