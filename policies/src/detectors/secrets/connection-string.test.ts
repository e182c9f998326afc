import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { connectionString } from './connection-string';
import { B62, fake } from './test-fixtures';

const PW = fake('', B62, 16, 100);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(connectionString, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/connection-string', () => {
  it.each([
    [`DATABASE_URL=postgres://app:${PW}@db.internal:5432/prod`, [PW]],
    [`mongodb+srv://admin:${PW}@cluster0.mongodb.net/test`, [PW]],
    [`jdbc:sqlserver://db;user=sa;password=${PW};encrypt=true`, [PW]],
    [`Server=tcp:db.example.net;Database=crm;User Id=app;Password=${PW};`, [PW]],
    ['postgres://user:password@localhost/db', []],
    ['redis://:${REDIS_PASSWORD}@cache:6379', []],
    [`https://app:${PW}@example.com`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
