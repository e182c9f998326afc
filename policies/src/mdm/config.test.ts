import { describe, expect, it } from 'vitest';
import { ManagedConfigSchema, MANAGED_CONFIG_JSON_SCHEMA, IDENTITY_MODES, TELEMETRY_LEVELS } from './config';

describe('managed config contract', () => {
  it('JSON schema and zod schema name the same keys', () => {
    expect(Object.keys(MANAGED_CONFIG_JSON_SCHEMA.properties).sort()).toEqual(Object.keys(ManagedConfigSchema.shape).sort());
  });
  it('enums agree', () => {
    expect(MANAGED_CONFIG_JSON_SCHEMA.properties.identityMode.enum).toEqual([...IDENTITY_MODES]);
    expect(MANAGED_CONFIG_JSON_SCHEMA.properties.telemetryLevel.enum).toEqual([...TELEMETRY_LEVELS]);
  });
  it.each([
    [{}, true],
    [{ collectorUrl: 'https://pz.example.com', enrollmentSecret: 'x'.repeat(16) }, true],
    [{ collectorUrl: 'not a url' }, false],
    [{ enrollmentSecret: 'short' }, false],
    [{ telemetryLevel: 'everything' }, false],
    [{ siteOverrides: [{ site: 'chatgpt', tier: 'blocked' }] }, true],
    [{ siteOverrides: [{ site: 'chatgpt', tier: 'forbidden' }] }, false],
  ])('%j valid=%s', (input, ok) => {
    expect(ManagedConfigSchema.safeParse(input).success).toBe(ok);
  });
});
