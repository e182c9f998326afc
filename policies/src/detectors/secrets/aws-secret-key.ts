import { namedValue, secretDetector } from './define';

// A secret access key is 40 base64 characters with no prefix, so only its name makes it findable:
// aws_secret_access_key = …, "SecretAccessKey": …, AWS_SECRET=… (the gitleaks-style assignment shape).
const NAME = String.raw`aws[\w.\-]{0,20}secret|secret[_.\-]?access[_.\-]?key`;

export const awsSecretKey = secretDetector({
  id: 'secrets/aws-secret-key',
  label: { one: 'an AWS secret key', many: 'AWS secret keys' },
  keywords: ['secret'],
  patterns: [{ name: 'named-40-char', regex: namedValue(NAME, String.raw`[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`, 'i'), score: 0.9 }],
  minEntropy: 4,
});
