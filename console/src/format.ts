// Money and counts come from the shared formatters, so the console and the board report print the same strings.
export { int, label, pct, usd, usdShort } from '@protocol-zero/policies/exposure/format';

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

export const shortUser = (pseudonym: string): string => `user-${pseudonym.slice(0, 8)}`;
