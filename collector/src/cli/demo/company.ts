// A realistic mid-market company: ~500 people in departments, each with the AI apps their trade
// uses. Deterministic (seeded) so every `pnpm demo` shows the same company.
import { createHmac } from 'node:crypto';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export function weighted<T>(r: () => number, xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let u = r() * total;
  for (const [x, w] of xs) if ((u -= w) < 0) return x;
  return xs[xs.length - 1]![0];
}

type AppMix = readonly (readonly [string, number])[];
type ClassMix = readonly (readonly [string, number])[];

export interface Department {
  id: string;
  headcount: number;
  apps: AppMix;
  /** What their prompts carry besides plain text. */
  classes: ClassMix;
}

export const DEPARTMENTS: Department[] = [
  { id: 'engineering', headcount: 130, apps: [['chatgpt', 4], ['claude', 4], ['github-copilot', 3], ['cursor', 3], ['deepseek', 2], ['perplexity', 1]], classes: [['plain', 55], ['source_code', 30], ['credentials', 6], ['pii', 4], ['customer_records', 5]] },
  { id: 'sales', headcount: 80, apps: [['chatgpt', 6], ['gemini', 3], ['microsoft-copilot', 3], ['grammarly', 2], ['perplexity', 1]], classes: [['plain', 62], ['customer_records', 22], ['pii', 12], ['financial', 4]] },
  { id: 'customer-support', headcount: 70, apps: [['chatgpt', 5], ['microsoft-copilot', 3], ['deepseek', 1], ['grammarly', 3]], classes: [['plain', 55], ['customer_records', 25], ['pii', 18], ['health', 2]] },
  { id: 'marketing', headcount: 45, apps: [['chatgpt', 5], ['jasper', 3], ['midjourney', 2], ['claude', 2], ['gemini', 2]], classes: [['plain', 85], ['customer_records', 10], ['pii', 5]] },
  { id: 'product', headcount: 35, apps: [['claude', 4], ['chatgpt', 4], ['notebooklm', 2], ['otter', 2]], classes: [['plain', 80], ['source_code', 8], ['customer_records', 7], ['pii', 5]] },
  { id: 'finance', headcount: 30, apps: [['chatgpt', 5], ['microsoft-copilot', 4], ['claude', 1], ['deepseek', 1]], classes: [['plain', 55], ['financial', 35], ['pii', 6], ['customer_records', 4]] },
  { id: 'operations', headcount: 40, apps: [['chatgpt', 5], ['microsoft-copilot', 3], ['gemini', 2]], classes: [['plain', 75], ['customer_records', 10], ['financial', 10], ['pii', 5]] },
  { id: 'hr', headcount: 20, apps: [['chatgpt', 5], ['microsoft-copilot', 3], ['claude', 1]], classes: [['plain', 50], ['hr', 35], ['pii', 10], ['health', 5]] },
  { id: 'legal', headcount: 15, apps: [['claude', 4], ['chatgpt', 3], ['harvey', 2]], classes: [['plain', 50], ['legal', 40], ['pii', 10]] },
  { id: 'executive', headcount: 12, apps: [['chatgpt', 5], ['claude', 3], ['perplexity', 2]], classes: [['plain', 70], ['financial', 15], ['legal', 10], ['hr', 5]] },
  { id: 'data', headcount: 23, apps: [['chatgpt', 3], ['claude', 3], ['deepseek', 2], ['google-ai-studio', 2]], classes: [['plain', 45], ['customer_records', 30], ['source_code', 20], ['credentials', 5]] },
];

/** Apps the network sees that no extension does: desktop apps, unmanaged browsers, phones on Wi-Fi. */
export const NETWORK_ONLY: AppMix = [['character-ai', 2], ['otter', 3], ['kimi', 1], ['poe', 2], ['you-com', 1], ['elevenlabs', 1], ['fireflies', 2]];

const FIRST = ['ava', 'liam', 'mia', 'noah', 'zoe', 'ethan', 'lena', 'omar', 'priya', 'chen', 'sofia', 'mateo', 'grace', 'yusuf', 'hana', 'leo', 'nina', 'raj', 'emma', 'jonas', 'aisha', 'diego', 'ines', 'kofi', 'maya'];
const LAST = ['smith', 'garcia', 'chen', 'patel', 'muller', 'okafor', 'rossi', 'novak', 'kim', 'silva', 'jones', 'haddad', 'tanaka', 'berg', 'costa', 'ivanova', 'brown', 'nguyen', 'fischer', 'ali'];

export interface Employee {
  email: string;
  department: string;
  pseudonym: string;
  ip: string;
  hasExtension: boolean;
  usesAi: boolean;
  /** Prompts per working day when they use AI. */
  intensity: number;
  apps: string[];
}

export function pseudonymOf(key: string, email: string): string {
  return createHmac('sha256', key).update(email.toLowerCase()).digest('hex').slice(0, 32);
}

export function makeCompany(pseudonymKey: string, seed = 7): Employee[] {
  const r = rng(seed);
  const out: Employee[] = [];
  const used = new Set<string>();
  let n = 0;
  for (const d of DEPARTMENTS) {
    for (let i = 0; i < d.headcount; i++) {
      let email = '';
      do email = `${pick(r, FIRST)}.${pick(r, LAST)}${used.size > 400 ? Math.floor(r() * 90 + 10) : ''}@acme.example`;
      while (used.has(email));
      used.add(email);
      n++;
      const apps = [...new Set([weighted(r, d.apps), weighted(r, d.apps), ...(r() < 0.3 ? [weighted(r, d.apps)] : [])])];
      out.push({
        email, department: d.id, pseudonym: pseudonymOf(pseudonymKey, email), ip: `10.20.${Math.floor(n / 250)}.${(n % 250) + 1}`,
        hasExtension: r() < 0.86, usesAi: r() < 0.72, intensity: 0.4 + r() * 2.2, apps,
      });
    }
  }
  return out;
}
