// Replays a draft policy over stored decisions. Events carry what evaluate() needs (entity counts,
// classes, severity, app, channel), so the replay is exact for content; user groups are
// approximated by the event's department.
import { ACTIONS, APPS, evaluate, type AppCategory, type Channel, type ContentSummary, type Simulation, type UsagePolicy } from '@protocol-zero/policies';
import type { Db } from '../../db/database';
import { decisionSummariesSince } from '../../db/repositories/events';

const MAX_EVENTS = 200_000;

export async function simulatePolicy(db: Db, tenantId: string, draft: UsagePolicy, days: number, now = new Date()): Promise<Simulation> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const rows = await decisionSummariesSince(db, tenantId, since, MAX_EVENTS + 1);
  const truncated = rows.length > MAX_EVENTS;
  const transitions = new Map<string, number>();
  const byApp = new Map<string, { changed: number; evaluated: number }>();
  const byRule = new Map<string | null, number>();
  const samples: Simulation['samples'] = [];
  let changed = 0;
  const today = now.toISOString().slice(0, 10);
  for (const r of rows.slice(0, MAX_EVENTS)) {
    const category: AppCategory = (APPS as Record<string, { category: AppCategory } | undefined>)[r.app_id]?.category ?? 'other';
    const content: ContentSummary = {
      entities: r.entities as ContentSummary['entities'],
      classes: r.classes as ContentSummary['classes'],
      severity: r.severity as ContentSummary['severity'],
    };
    const d = evaluate(draft, { app: { id: r.app_id, category }, content, user: { groups: r.department ? [r.department] : [] }, channel: r.channel as Channel, today });
    const app = byApp.get(r.app_id) ?? { changed: 0, evaluated: 0 };
    app.evaluated++;
    byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
    if (d.action !== r.action) {
      changed++;
      app.changed++;
      const key = `${r.action}>${d.action}`;
      transitions.set(key, (transitions.get(key) ?? 0) + 1);
      if (samples.length < 20) samples.push({ eventId: r.id, appId: r.app_id, from: r.action, to: d.action, ruleId: d.ruleId });
    }
    byApp.set(r.app_id, app);
  }
  const order = (a: string) => ACTIONS.indexOf(a as (typeof ACTIONS)[number]);
  return {
    days,
    evaluated: Math.min(rows.length, MAX_EVENTS),
    changed,
    truncated,
    transitions: [...transitions].map(([k, count]) => ({ from: k.split('>')[0]!, to: k.split('>')[1]!, count })).sort((a, b) => b.count - a.count || order(a.to) - order(b.to)),
    byApp: [...byApp].map(([appId, v]) => ({ appId, ...v })).sort((a, b) => b.changed - a.changed || b.evaluated - a.evaluated),
    byRule: [...byRule].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count),
    samples,
  };
}
