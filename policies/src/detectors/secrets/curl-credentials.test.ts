import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { curlCredentials } from './curl-credentials';
import { B62, fake } from './test-fixtures';

const PW = fake('', B62, 14, 104);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(curlCredentials, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/curl-credentials', () => {
  it.each([
    [`curl --cacert ca.crt -u elastic:${PW} https://localhost:9200`, [PW]],
    [`curl -s --user "j.smith:${PW}" "https://api.contoso.org/user/me"`, [PW]],
    [`curl --user kevin:'${PW}' -iX PATCH`, [PW]],
    ["curl -i -u 'test:test'", []],
    ['curl -u "${_username}:${_password}"', []],
    ['curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/', []],
    ['curl -u <user:password> https://test.com/endpoint', []],
    [`wget --user bob:${PW} https://example.com`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
