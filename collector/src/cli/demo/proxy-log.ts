// 30 days of a Squid access log for the whole company (every employee, extension or not, plus the
// AI apps only the network sees), and the identity CSV that names the IP addresses. The real
// sensor CLI turns these into inventory rows.
import { APPS, type AiApp } from '@protocol-zero/policies';
import { NETWORK_ONLY, rng, weighted, type Employee } from './company';

const CATALOG = APPS as Record<string, AiApp | undefined>;
const DAY = 86_400_000;

export function hostOf(appId: string): string {
  const a = CATALOG[appId];
  return a?.hosts[0] ?? a?.apiHosts[0] ?? `${appId}.example`;
}

export function squidLog(employees: Employee[], days: number, now: Date, seed = 11): string {
  const r = rng(seed);
  const lines: string[] = [];
  const start = Math.floor(now.getTime() / DAY) * DAY - (days - 1) * DAY;
  for (let d = 0; d < days; d++) {
    const dayStart = start + d * DAY;
    const weekend = [0, 6].includes(new Date(dayStart).getUTCDay());
    for (const e of employees) {
      if (!e.usesAi || r() < (weekend ? 0.9 : 0.15)) continue;
      const apps = [...e.apps, ...(r() < 0.12 ? [weighted(r, NETWORK_ONLY)] : [])];
      for (const app of apps) {
        if (r() < 0.35) continue;
        const host = hostOf(app);
        const sessions = 1 + Math.floor(r() * 3);
        for (let s = 0; s < sessions; s++) {
          const t = dayStart + (8 + r() * 10) * 3_600_000;
          if (t > now.getTime()) continue;
          const up = 2_000 + Math.floor(r() * 40_000);
          lines.push(`${(t / 1000).toFixed(3)} ${200 + Math.floor(r() * 4000)} ${e.ip} TCP_TUNNEL/200 ${up} CONNECT ${host}:443 - HIER_DIRECT/203.0.113.${1 + Math.floor(r() * 200)} -`);
        }
      }
    }
  }
  lines.sort();
  return `${lines.join('\n')}\n`;
}

export function identityCsv(employees: Employee[]): string {
  return employees.map((e) => `${e.ip},${e.email.split('@')[0]},${e.department}`).join('\n') + '\n';
}
