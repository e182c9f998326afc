// Money and counts the way the board report prints them (same rounding, same separators).
export const usd = (n: number): string => `$${Math.round(n).toLocaleString('en-US')}`;

export function usdShort(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `$${(n / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `$${(n / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e4) return `$${Math.round(n / 1e3)}k`;
  return usd(n);
}

export const pct = (x: number, digits = 0): string => `${(x * 100).toFixed(digits)}%`;
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

export function bytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 10 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

export const label = (key: string): string => key.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
export const shortUser = (pseudonym: string): string => `user-${pseudonym.slice(0, 8)}`;
