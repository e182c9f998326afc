import { namedValue, secretDetector } from './define';

// gitleaks `sonar-api-token`: 40 characters (optionally squ_/sqp_/sqa_) assigned to sonar login/token.
export const sonarToken = secretDetector({
  id: 'secrets/sonar-token',
  label: { one: 'a SonarQube token', many: 'SonarQube tokens' },
  keywords: ['sonar'],
  patterns: [{ name: 'named', regex: namedValue(String.raw`sonar[_.\-]?(?:login|token)`, String.raw`(?:squ_|sqp_|sqa_)?[a-z0-9=_\-]{40}(?![\w=-])`, 'i'), score: 0.85 }],
  minEntropy: 3,
});
