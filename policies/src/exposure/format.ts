// One way to print money, shares and labels everywhere: the board report (collector) and the console
// show the same figures, and the report test compares these strings with the API's numbers.

export const usd = (n: number): string => `$${Math.round(n).toLocaleString('en-US')}`;

/** Headline form: $1.2M, $850k, $9,400. */
export function usdShort(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `$${(n / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `$${(n / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e4) return `$${Math.round(n / 1e3)}k`;
  return usd(n);
}

export const pct = (x: number, digits = 0): string => `${(x * 100).toFixed(digits)}%`;

export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

export const label = (key: string): string => key.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

const CLASS_LABELS: Record<string, string> = {
  pii: 'Personal data (PII)', customer_records: 'Customer records', credentials: 'Credentials and keys', source_code: 'Source code',
  legal: 'Legal documents', financial: 'Financial data', health: 'Health data', hr: 'HR records',
};
export const classLabel = (key: string): string => CLASS_LABELS[key] ?? label(key);
