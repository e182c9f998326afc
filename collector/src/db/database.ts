// The whole schema as Kysely sees it: one interface per capability (src/db/tables/<capability>.ts),
// intersected here. A capability adds its tables by adding one `& XTables` line.
import type { Kysely } from 'kysely';
import type { CoreTables } from './tables/core';
import type { EnrollmentTables } from './tables/enrollment';
import type { ExposureTables } from './tables/exposure';
import type { GatewayTables } from './tables/gateway';
import type { KbTables } from './tables/kb';

export type Database = CoreTables
  & EnrollmentTables
  & ExposureTables
  & GatewayTables
  & KbTables;
/** A connection or a transaction (Transaction extends Kysely): repositories accept either. */
export type Db = Kysely<Database>;
