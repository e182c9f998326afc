// Whole-family behaviour on prompt-like text: benign prose and code must stay silent; a pasted
// config with several credentials must yield one finding per credential, from the right detector.
import { describe, expect, it } from 'vitest';
import { findSecrets } from './coverage';
import { SECRET_DETECTORS } from './index';
import { B62, B64, HEX, URLSAFE, fake } from './test-fixtures';

const detectors = Object.values(SECRET_DETECTORS);
const detectorsIn = (text: string) => findSecrets(text, detectors).map((f) => f.detector);

describe('secrets family on prompt-like text', () => {
  it.each([
    ['prose', 'Please summarise the Q3 board deck: revenue grew 12%, the token economy slide needs work, and our password policy changes next month.'],
    ['typed code', 'function login(user: string, password: string): Promise<Token> { const token = await getToken(user); return token; }'],
    ['config references', 'DB_PASSWORD=${DB_PASSWORD}\napi_key: {{ .Values.apiKey }}\nsecret = os.environ["APP_SECRET"]\ntoken: <your-token-here>'],
    ['identifiers', 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8, request id 3f2504e0-4f89-11d3-9a0c-0305e82c3301, sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['urls', 'See https://docs.example.com/api/v2/tokens?page=2 and git@github.com:acme/app.git for details.'],
    ['documentation keys', 'Example: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY and ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ])('%s: no findings', (_name, text) => {
    expect(detectorsIn(text)).toEqual([]);
  });

  it('a pasted .env yields one finding per credential', () => {
    const text = [
      `OPENAI_API_KEY=${fake('sk-proj-', URLSAFE, 74, 1)}T3BlbkFJ${fake('', URLSAFE, 74, 2)}`,
      `AWS_ACCESS_KEY_ID=${fake('AKIA', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 3)}`,
      `AWS_SECRET_ACCESS_KEY=${fake('', B64, 40, 4)}`,
      `DATABASE_URL=postgres://app:${fake('', B62, 18, 5)}@db.internal:5432/prod`,
      `GITHUB_TOKEN=${fake('ghp_', B62, 36, 6)}`,
      `SESSION_SECRET=${fake('', HEX, 48, 7)}`,
      'LOG_LEVEL=debug',
    ].join('\n');
    expect(detectorsIn(text)).toEqual([
      'secrets/openai-api-key',
      'secrets/aws-access-key',
      'secrets/aws-secret-key',
      'secrets/connection-string',
      'secrets/github-token',
      'secrets/api-key-assignment',
    ]);
  });
});
