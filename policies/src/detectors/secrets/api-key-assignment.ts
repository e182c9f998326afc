import { assignmentPrefix, isReference, nameKeywords, valueGroup, xmlElementPrefix } from './assignment';
import { isStandInCredential } from './credential-words';
import { hasDigit, secretDetector } from './define';
import { shannonEntropy } from './entropy';

// A bare "key" counts only as a whole name (key = …, "KEY": …); inside identifiers it mostly names
// metadata (bucket_key, schemaKey, sequenceKey).
const NAMES = `${nameKeywords([
  'secret', 'token', 'api_SEP_key', 'apikey', 'access_SEP_key', 'private_SEP_key', 'client_SEP_secret', 'credentials?', 'creds', 'auth',
])}|(?<![\\w.\\-])(?:key|Key|KEY)`;

// Machine-made secrets are random: at least 10 characters, a digit, and gitleaks' generic entropy
// floor of 3.5 bits/char — lowered for hex/UUIDs (16 symbols cap entropy at 4, short ones lower)
// and for values so short that even all-distinct characters cannot reach it (log2 of the length).
function looksLikeMachineSecret(v: string): boolean {
  if (v.length < 10 || !hasDigit(v) || isStandInCredential(v) || isReference(v)) return false;
  const hex = /^[0-9a-fA-F-]+$/.test(v);
  const floor = hex ? (v.length < 24 ? 2.7 : 3.0) : Math.min(3.5, Math.log2(v.length) - 0.1);
  return shannonEntropy(v) >= floor;
}

// High-entropy values assigned to secret-sounding names: env files, YAML, JSON, code, XML.
export const apiKeyAssignment = secretDetector({
  id: 'secrets/api-key-assignment',
  label: { one: 'an API key or token', many: 'API keys or tokens' },
  keywords: ['secret', 'token', 'key', 'cred', 'auth'],
  patterns: [
    { name: 'assignment', regex: new RegExp(`${assignmentPrefix(NAMES)}${valueGroup(10, 200, true)}`, 'dg'), score: 0.75 },
    { name: 'xml-element', regex: new RegExp(`${xmlElementPrefix(NAMES)}([^\\s<>]{10,200})(?=</)`, 'dg'), score: 0.75 },
    {
      name: 'authorization-header',
      regex: /\bAuthorization["']?\s{0,2}[:=]\s{0,2}["']?(?:(?:Bearer|Basic|Token|Api-Token|token|bearer|basic)\s{1,3})?([\w=~@.+/-]{10,500})(?![\w=~@.+/-])/dg,
      score: 0.8,
    },
  ],
  placeholders: false,
  check: looksLikeMachineSecret,
});
