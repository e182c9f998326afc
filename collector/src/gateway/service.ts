// The gateway pipeline for one Messages call: validate → budget → analyse (fail closed) → scrub
// with the conversation's stable placeholders (persisted first) → route → call → restore → account.
// Nothing in here logs or audits text; the audit row carries counts, model, tokens, cost, latency.
import { createHash, randomUUID } from 'node:crypto';
import type { EntityType, PlaceholderMap, Severity } from '@protocol-zero/policies';
import { costUsd, LOCAL_PRICE, priceOf } from '@protocol-zero/policies';
import type { GatewayRequestRow } from '../db/repositories/gateway-usage';
import { AppError } from '../errors';
import { type Analyzer, AnalysisError, analyzeAll, maxSeverity } from './analyze';
import type { AuditWriter } from './audit';
import type { BudgetLedger } from './budgets';
import { route, type Route, type RouterConfig } from './providers/router';
import { type Obj, UpstreamError } from './providers/types';
import { newTally, restoreMessage, StreamEventRestorer } from './restore-response';
import { applyScrub, collectSlots, firstUserText } from './scrub-request';
import type { Vault } from './vault';

export interface Caller {
  tenantId: string;
  /** Pseudonymous user id: what budgets, vault ownership and audit are keyed by. */
  user: string;
  department: string | null;
  source: 'api' | 'handoff';
}

export interface GatewayDeps {
  vault: Vault;
  analyzer: Analyzer;
  analysisTimeoutMs: number;
  router: RouterConfig;
  budgets: BudgetLedger;
  audit: AuditWriter;
}

/** What the caller gets besides the model's own fields. Placeholder NAMES only, never values. */
export interface GatewayNote {
  conversation_id: string;
  restored: number;
  invented_placeholders: string[];
  entities: Partial<Record<EntityType, number>>;
}

export type MessagesResult =
  | { kind: 'json'; message: Obj; note: GatewayNote }
  | { kind: 'stream'; conversationId: string; events: AsyncGenerator<Obj> };

export class Gateway {
  constructor(private readonly d: GatewayDeps) {}

  get configured(): boolean {
    return Boolean(this.d.router.anthropic || this.d.router.local);
  }

  async messages(caller: Caller, rawBody: unknown, conversationId?: string): Promise<MessagesResult> {
    const t0 = performance.now();
    const audit = (outcome: string, extra: Partial<GatewayRequestRow> = {}) =>
      this.d.audit.write({
        id: randomUUID(), tenantId: caller.tenantId, at: new Date(), userPseudonym: caller.user, department: caller.department, source: caller.source,
        provider: null, model: null, entities: {}, inputTokens: 0, outputTokens: 0, costUsdMicros: 0, latencyMs: Math.round(performance.now() - t0),
        outcome, inventedPlaceholders: 0, streamed: (rawBody as Obj | null)?.stream === true, ...extra,
      });

    if (!this.configured) {
      audit('no_model');
      throw new AppError('gateway_no_model', 'no model configured: set ANTHROPIC_API_KEY or OPENAI_COMPAT_BASE_URL on the collector');
    }
    const { body, slots } = collectSlots(rawBody);
    const stream = body.stream === true;
    try {
      await this.d.budgets.check(caller.tenantId, caller.user, caller.department);
    } catch (err) {
      audit('budget_exceeded');
      throw err;
    }

    let severity: Severity = 'none';
    let analyses;
    try {
      analyses = await analyzeAll(this.d.analyzer, slots.map((s) => s.text), this.d.analysisTimeoutMs);
      for (const a of analyses) severity = maxSeverity(severity, a.severity);
    } catch (err) {
      audit('analysis_failed');
      const reason = err instanceof AnalysisError ? err.reason : 'failed';
      throw new AppError('gateway_analysis_failed', undefined, { reason });
    }

    const conv = conversationId ?? derivedConversationId(caller, firstUserText(body));
    let map!: PlaceholderMap;
    const scrub = await this.d.vault.update(caller.tenantId, conv, caller.user, (m) => {
      map = m;
      return applyScrub(slots, analyses, m);
    });
    const lookup = (p: string) => map.valueOf(p);

    const r = route(this.d.router, typeof body.model === 'string' ? body.model : undefined, severity) as Route;
    body.model = r.model;
    delete body.stream;
    // Whatever the caller put in metadata may identify someone; upstream gets an opaque id only.
    body.metadata = { user_id: createHash('sha256').update(`${caller.tenantId}|${caller.user}`).digest('hex').slice(0, 32) };
    const price = r.provider.name === 'openai-compat' ? LOCAL_PRICE : priceOf(r.model);
    const account = async (outcome: string, usage: { input: number; output: number }, invented: number) => {
      const micros = Math.round(costUsd(price, usage.input, usage.output) * 1e6);
      await this.d.budgets.record(caller.tenantId, caller.user, caller.department, usage.input + usage.output, micros);
      audit(outcome, { provider: r.provider.name, model: r.model, entities: scrub.entities, inputTokens: usage.input, outputTokens: usage.output, costUsdMicros: micros, inventedPlaceholders: invented });
    };
    const tally = newTally();
    const note = (): GatewayNote => ({ conversation_id: conv, restored: tally.restored, invented_placeholders: [...tally.invented], entities: scrub.entities });

    if (!stream) {
      let message: Obj;
      try {
        message = await r.provider.create(body);
      } catch (err) {
        audit('upstream_error', { provider: r.provider.name, model: r.model, entities: scrub.entities });
        throw upstreamAppError(err);
      }
      restoreMessage(message, lookup, tally);
      const u = (message.usage ?? {}) as { input_tokens?: number; output_tokens?: number };
      await account('ok', { input: u.input_tokens ?? 0, output: u.output_tokens ?? 0 }, tally.invented.size);
      return { kind: 'json', message, note: note() };
    }

    const upstream = r.provider.stream(body);
    const restorer = new StreamEventRestorer(lookup, tally);
    const events = async function* (): AsyncGenerator<Obj> {
      const usage = { input: 0, output: 0 };
      let outcome = 'client_aborted';
      try {
        for await (const ev of upstream) {
          if (ev.type === 'message_start') usage.input = Number(((ev.message as Obj)?.usage as Obj)?.input_tokens ?? 0);
          if (ev.type === 'message_delta') {
            usage.output = Number((ev.usage as Obj)?.output_tokens ?? 0);
            yield { ...ev, pz: note() };
            continue;
          }
          for (const out of restorer.map(ev)) yield out;
        }
        outcome = 'ok';
      } catch (err) {
        outcome = 'upstream_error';
        throw upstreamAppError(err);
      } finally {
        await account(outcome, usage, tally.invented.size);
      }
    };
    return { kind: 'stream', conversationId: conv, events: events() };
  }
}

/** Same caller + same opening message = same conversation: SDK clients resend history each turn. */
export function derivedConversationId(caller: Caller, firstText: string): string {
  return 'd_' + createHash('sha256').update(`${caller.tenantId}\u0000${caller.user}\u0000${firstText}`).digest('base64url').slice(0, 32);
}

function upstreamAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const status = err instanceof UpstreamError ? err.status : undefined;
  if (status && status >= 400 && status < 500 && status !== 429) return new AppError('bad_request', `the model provider refused the request (${status})`);
  return new AppError('gateway_upstream_failed', undefined, status ? { upstreamStatus: status } : undefined);
}
