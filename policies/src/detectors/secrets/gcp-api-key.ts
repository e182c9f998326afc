import { secretDetector } from './define';

// Keys Google and SDK samples publish on purpose; gitleaks' `gcp-api-key` allowlist. Not secrets.
const PUBLISHED_SAMPLE_KEYS = new Set([
  'AIzaSyabcdefghijklmnopqrstuvwxyz1234567', 'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM', 'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0', 'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c', 'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY', 'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ', 'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU', 'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE', 'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
]);

// Google API keys (Gemini, Maps, Firebase, GCP): "AIza" + 35 characters, entropy ≥ 4 (gitleaks).
export const gcpApiKey = secretDetector({
  id: 'secrets/gcp-api-key',
  label: { one: 'a Google API key', many: 'Google API keys' },
  keywords: ['aiza'],
  patterns: [{ name: 'aiza', regex: /(?<![\w-])AIza[\w-]{35}(?![\w-])/g, score: 0.95 }],
  context: ['gemini', 'google', 'gcp', 'firebase', 'api key'],
  minEntropy: 4,
  check: (v) => !PUBLISHED_SAMPLE_KEYS.has(v),
});
