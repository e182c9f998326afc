// Row types of migration 202611212000_enrollment.
import type { ColumnType } from 'kysely';

export interface EnrollmentKitsTable {
  tenant_id: string;
  secret_id: string;
  rotated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  rotated_by: string;
}

export interface EnrollmentTables {
  enrollment_kits: EnrollmentKitsTable;
}
