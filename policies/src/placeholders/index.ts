// Reversible placeholders: assignment (stable per conversation), redaction styles, restore (whole
// text, parsed JSON, and streamed chunks). Pure; the encrypted vault lives in collector/src/gateway.
export { PlaceholderMap, type PlaceholderEntry, type KeyOf } from './map';
export { scrubWithMap, redact, findKnownValues, replaceSpans, KNOWN_VALUE_DETECTOR, type PlaceholderSpan, type ScrubResult, type RedactStyle } from './scrub';
export { restoreText, restoreDeep, StreamRestorer, jsonStringEscape, type Lookup, type Escape, type RestoreStats } from './restore';
export { formatPlaceholder, parsePlaceholder, isPlaceholderPrefix, entityLabel, PLACEHOLDER_RE, MAX_PLACEHOLDER_LENGTH } from './syntax';
