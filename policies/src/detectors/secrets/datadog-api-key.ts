import { namedValue, secretDetector } from './define';

// gitleaks `datadog-access-token` (40 base62 after a datadog name) plus the 32-hex API key
// assigned to DD_API_KEY / DD_APP_KEY, the names the Datadog agent reads.
const NAME = String.raw`datadog|dd[_\-]?api[_\-]?key|dd[_\-]?app(?:lication)?[_\-]?key`;

export const datadogApiKey = secretDetector({
  id: 'secrets/datadog-api-key',
  label: { one: 'a Datadog key', many: 'Datadog keys' },
  keywords: ['datadog', 'dd_api', 'dd_app', 'dd-api', 'dd-app'],
  patterns: [{ name: 'named', regex: namedValue(NAME, String.raw`(?:[a-z0-9]{40}|[a-f0-9]{32})(?![A-Za-z0-9])`, 'i'), score: 0.85 }],
  minEntropy: 3,
});
