// Every migration, in order. Names are `YYYYMMDDHHMM_<capability>`; add a file and one line here.
// Listed explicitly (no directory scan) so the bundle, the tests and the migrator agree.
import type { Migration } from 'kysely';
import * as core from './202611211700_core';
import * as enrollment from './202611212000_enrollment';
import * as exposure from './202611211910_exposure';
import * as gateway from './202611211800_gateway';
import * as kb from './202611211900_kb';
import * as kbPages from './202611212100_kb_pages';
import * as vaultDeferredFk from './202611212200_vault_deferred_fk';
import * as conversationTier from './202611212210_conversation_tier';

export const MIGRATIONS: Record<string, Migration> = {
  '202611211700_core': core,
  '202611211800_gateway': gateway,
  '202611211900_kb': kb,
  '202611211910_exposure': exposure,
  '202611212000_enrollment': enrollment,
  '202611212100_kb_pages': kbPages,
  '202611212200_vault_deferred_fk': vaultDeferredFk,
  '202611212210_conversation_tier': conversationTier,
};
