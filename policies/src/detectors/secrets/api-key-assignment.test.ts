import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { apiKeyAssignment } from './api-key-assignment';
import { B62, HEX, fake } from './test-fixtures';

const HEX64 = fake('', HEX, 64, 102);
const B62_32 = fake('', B62, 32, 103);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(apiKeyAssignment, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/api-key-assignment', () => {
  it.each([
    [`"client_secret" : "${HEX64}",`, [HEX64]],
    [`export API_KEY=${B62_32}`, [B62_32]],
    [`oktaApiToken = '${B62_32}'`, [B62_32]],
    [`utils.GetEnvOrDefault("api_token", "dafa7817-e246-48f3-91a7-e87653d587b8")`, ['dafa7817-e246-48f3-91a7-e87653d587b8']],
    [`curl -H "Authorization: Bearer ${B62_32}" https://api.example.com`, [B62_32]],
    ['curl -H "Token: 3fea6af1349166ea" -d x', ['3fea6af1349166ea']],
    ['token: abcdefghij', []],
    [`<openaiToken>${B62_32}</openaiToken>`, [B62_32]],
    [`mySecretString=${B62_32}`, [B62_32]],
    [`const KEY = "${B62_32}"`, [B62_32]],
    ["schemaKey = 'DOC_Vector_5_32'", []],
    ['report_access_id: e8e4df51-2054-49b0-ab1c-516ac95c691d', []],
    [`publicToken = "${B62_32}"`, []],
    [`csrf-token=${B62_32}`, []],
    ['notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"', []],
    ['secret_length = X25519.secret_length', []],
    ['api_key: ${API_KEY}', []],
    ['token = getToken(user)', []],
    [`access_token_url='https://github.com/login/oauth/access_token'`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
