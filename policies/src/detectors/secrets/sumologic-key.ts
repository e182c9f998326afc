import { namedValue, secretDetector } from './define';

// gitleaks `sumologic-access-id` (su + 12) and `sumologic-access-token` (64 alphanumerics), each
// assigned to a Sumo/SUMO name (case-sensitive, so sumOfValues… does not count).
export const sumologicKey = secretDetector({
  id: 'secrets/sumologic-key',
  label: { one: 'a Sumo Logic key', many: 'Sumo Logic keys' },
  keywords: ['sumo'],
  patterns: [
    { name: 'access-id', regex: namedValue('[Ss]umo|SUMO', String.raw`su[A-Za-z0-9]{12}(?![\w-])`), score: 0.8 },
    { name: 'access-key', regex: namedValue('[Ss]umo|SUMO', String.raw`[A-Za-z0-9]{64}(?![\w-])`), score: 0.9 },
  ],
  minEntropy: 3,
});
