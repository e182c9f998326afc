// MDM kit: the managed-config contract (zod + Chrome managed-storage schema) and a pure generator of
// the deployment files IT pushes. No I/O: the collector serves these, the extension ships the schema.
export { ManagedConfigSchema, MANAGED_CONFIG_JSON_SCHEMA, IDENTITY_MODES, TELEMETRY_LEVELS, type ManagedConfig } from './config';
export { buildMdmKit, stableUuid, MDM_KIT_KINDS, type MdmKitKind, type MdmKitFile, type TenantMdmSettings } from './kit';
export const PROTOCOL_ZERO_EXTENSION_ID = 'mimbdjloeejbdiphnialmailcpacdiaf';
export const PROTOCOL_ZERO_FIREFOX_ID = 'extension@protocol-zero.dev';
