// Extension decisions for the demo company: generated prompts through the REAL classify() and
// evaluate(), exactly as the extension would, turned into content-free decision events.
import { randomUUID } from 'node:crypto';
import { APPS, classify, evaluate, tierOf, type AiApp, type Channel, type DecisionEvent, type UsagePolicy } from '@protocol-zero/policies';
import { DEPARTMENTS, rng, pick, weighted, type Employee } from './company';
import { hostOf } from './proxy-log';
import { promptFor } from './prompts';

const CATALOG = APPS as Record<string, AiApp | undefined>;
const DAY = 86_400_000;

export interface PolicyEra {
  from: Date;
  version: number;
  policy: UsagePolicy;
}

export function generateDecisions(employees: Employee[], eras: PolicyEra[], days: number, now: Date, seed = 3): Map<string, DecisionEvent[]> {
  const r = rng(seed);
  const byEmployee = new Map<string, DecisionEvent[]>();
  const start = Math.floor(now.getTime() / DAY) * DAY - (days - 1) * DAY;
  const mix = new Map(DEPARTMENTS.map((d) => [d.id, d.classes]));
  for (let d = 0; d < days; d++) {
    const dayStart = start + d * DAY;
    const weekend = [0, 6].includes(new Date(dayStart).getUTCDay());
    // Redirect adoption grows as people get used to the company assistant.
    const adoption = 0.3 + 0.45 * (d / Math.max(1, days - 1));
    for (const e of employees) {
      if (!e.hasExtension || !e.usesAi) continue;
      const n = Math.floor(e.intensity * (weekend ? 0.1 : 1) + r());
      for (let k = 0; k < n; k++) {
        const at = new Date(dayStart + (8 + r() * 10) * 3_600_000);
        if (at > now) continue;
        const era = [...eras].reverse().find((x) => at >= x.from) ?? eras[0]!;
        const appId = pick(r, e.apps);
        const category = CATALOG[appId]?.category ?? 'other';
        const text = promptFor(weighted(r, mix.get(e.department) ?? [['plain', 1]]), r);
        const c = classify(text);
        const entities: Record<string, number> = {};
        for (const f of c.findings) entities[f.entity] = (entities[f.entity] ?? 0) + 1;
        const classes = [...new Set(c.classes.map((x) => x.class))];
        const channel: Channel = r() < 0.2 ? 'paste' : 'prompt';
        const decision = evaluate(era.policy, { app: { id: appId, category }, content: { entities, classes, severity: c.severity }, user: { groups: [e.department] }, channel, today: at.toISOString().slice(0, 10) });
        let outcome: DecisionEvent['outcome'] = 'sent';
        let justification: string | undefined;
        if (decision.action === 'block') outcome = 'blocked';
        else if (decision.action === 'redact') outcome = 'redacted';
        else if (decision.action === 'coach') outcome = r() < 0.12 ? 'cancelled' : 'sent';
        else if (decision.action === 'redirect') {
          if (r() < adoption) outcome = 'redirected';
          else {
            outcome = 'sent_with_justification';
            justification = pick(r, ['deadline today', 'the assistant lacks this plugin', 'client asked for it', 'testing']);
          }
        }
        const ev: DecisionEvent = {
          id: randomUUID(), occurredAt: at.toISOString(), deviceId: `dev-${e.pseudonym.slice(0, 12)}`, user: e.pseudonym, department: e.department,
          appId, host: hostOf(appId), channel, tier: tierOf(era.policy, { id: appId, category }), action: decision.action, outcome,
          ruleId: decision.ruleId, policyVersion: era.version, entities, classes, severity: c.severity, sizeBytes: text.length,
          ...(justification ? { justification } : {}), ...(outcome === 'redirected' ? { handoffId: randomUUID() } : {}),
        };
        const list = byEmployee.get(e.email) ?? [];
        list.push(ev);
        byEmployee.set(e.email, list);
      }
    }
  }
  return byEmployee;
}
