import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv, publicUrl } from './env';

describe('parseEnv', () => {
  it.each([
    [{}, { PORT: 8787, PZ_DATA_DIR: './.protocol-zero/data', DATABASE_URL: undefined, PZ_SCHEDULE_JOBS: true }],
    [{ PORT: '9000', DATABASE_URL: 'postgres://a:b@h:5432/d', PZ_SCHEDULE_JOBS: 'false' }, { PORT: 9000, DATABASE_URL: 'postgres://a:b@h:5432/d', PZ_SCHEDULE_JOBS: false }],
    [{ DATABASE_URL: '' }, { DATABASE_URL: undefined }],
  ])('accepts %j', (input, expected) => {
    const env = parseEnv(input) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(env[k], k).toEqual(v);
  });

  it.each([
    [{ PORT: 'eighty' }, ['PORT']],
    [{ PORT: '70000' }, ['PORT']],
    [{ DATABASE_URL: 'not a url' }, ['DATABASE_URL']],
    [{ REDIS_URL: 'nope', LOG_LEVEL: 'loud' }, ['REDIS_URL', 'LOG_LEVEL']],
    [{ PZ_RETENTION_DAYS: '0' }, ['PZ_RETENTION_DAYS']],
  ])('rejects %j naming %j', (input, names) => {
    let error: unknown;
    try {
      parseEnv(input);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).variables.sort()).toEqual([...names].sort());
    for (const n of names) expect((error as EnvError).message).toContain(n);
  });

  it('never echoes a bad value (it may be a secret)', () => {
    expect(() => parseEnv({ DATABASE_URL: 'hunter2-secret' })).toThrow(/^(?![\s\S]*hunter2)/);
  });

  it.each([
    [{}, 'http://127.0.0.1:8787'],
    [{ HOST: '0.0.0.0', PORT: '80' }, 'http://127.0.0.1:80'],
    [{ PZ_PUBLIC_URL: 'https://pz.example.com/' }, 'https://pz.example.com'],
  ])('publicUrl %j → %s', (input, url) => {
    expect(publicUrl(parseEnv(input))).toBe(url);
  });
});
