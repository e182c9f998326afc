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
import { route, TIERS, type Route, type RouterConfig } from './providers/router';
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

    // The vault's load (a database round trip) runs while the prompt is analysed.
    const conv = conversationId ?? derivedConversationId(caller, firstUserText(body));
    const warm = this.d.vault.prefetch(caller.tenantId, conv, caller.user);
    warm.catch(() => undefined); // awaited after analysis; an analysis failure answers first
    // Two turns of the event loop before the (synchronous) detectors take the CPU: one for the
    // vault to hand its statement to the driver, one for the driver to write it (postgres.js sends
    // small messages on the next turn). Without them the load would start only after the analysis.
    for (let turn = 0; turn < 2; turn++) await new Promise((r) => setImmediate(r));

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

    const { modelTier: policyTier } = await warm;
    let map!: PlaceholderMap;
    // The vault write overlaps the upstream call; no answer is released before it is durable.
    const staged = await this.d.vault.stage(caller.tenantId, conv, caller.user, (m) => {
      map = m;
      return applyScrub(slots, analyses, m);
    });
    const scrub = staged.result;
    const ctl = new AbortController();
    let vaultFailed = false;
    staged.durable.catch(() => {
      vaultFailed = true;
      ctl.abort(); // the answer could not be released anyway
    });
    const lookup = (p: string) => map.valueOf(p);

    // A hand-off's policy tier replaces a tier-level request (the assistant page always asks for one);
    // a concrete model id is the caller's explicit choice and stays.
    const requested = typeof body.model === 'string' ? body.model : undefined;
    const wanted = policyTier && (requested === undefined || (TIERS as readonly string[]).includes(requested)) ? policyTier : requested;
    const r = route(this.d.router, wanted, severity) as Route;
    body.model = r.model;
    delete body.stream;
    // Whatever the caller put in metadata may identify someone; upstream gets an opaque id only.
    body.metadata = { user_id: createHash('sha256').update(`${caller.tenantId}|${caller.user}`).digest('hex').slice(0, 32) };
    const price = r.provider.name === 'openai-compat' ? LOCAL_PRICE : priceOf(r.model);
    // Budgets count in memory at once (authoritative between flushes); rows reach the database in batches.
    const account = (outcome: string, usage: { input: number; output: number }, invented: number) => {
      const micros = Math.round(costUsd(price, usage.input, usage.output) * 1e6);
      this.d.budgets.record(caller.tenantId, caller.user, caller.department, usage.input + usage.output, micros);
      audit(outcome, { provider: r.provider.name, model: r.model, entities: scrub.entities, inputTokens: usage.input, outputTokens: usage.output, costUsdMicros: micros, inventedPlaceholders: invented });
    };
    const tally = newTally();
    const note = (): GatewayNote => ({ conversation_id: conv, restored: tally.restored, invented_placeholders: [...tally.invented], entities: scrub.entities });

    if (!stream) {
      let message: Obj;
      try {
        message = await r.provider.create(body, ctl.signal);
        await staged.durable;
      } catch (err) {
        audit(vaultFailed ? 'vault_failed' : 'upstream_error', { provider: r.provider.name, model: r.model, entities: scrub.entities });
        if (vaultFailed) await staged.durable; // rethrows the vault's own error
        throw upstreamAppError(err);
      }
      restoreMessage(message, lookup, tally);
      const u = (message.usage ?? {}) as { input_tokens?: number; output_tokens?: number };
      account('ok', { input: u.input_tokens ?? 0, output: u.output_tokens ?? 0 }, tally.invented.size);
      return { kind: 'json', message, note: note() };
    }

    // Iteration starts as soon as the route asks for the first event: the upstream request is sent,
    // then the first event waits for the vault write (both run at once).
    const upstream = r.provider.stream(body, ctl.signal)[Symbol.asyncIterator]();
    const restorer = new StreamEventRestorer(lookup, tally);
    const events = async function* (): AsyncGenerator<Obj> {
      const usage = { input: 0, output: 0 };
      let outcome = 'client_aborted';
      try {
        const first = upstream.next();
        first.catch(() => undefined); // observed below; a vault failure may come first
        try {
          await staged.durable;
        } catch (err) {
          outcome = 'vault_failed';
          void upstream.return?.(undefined);
          throw err;
        }
        for (let step = await first; !step.done; step = await upstream.next()) {
          const ev = step.value;
          if (ev.type === 'message_start') usage.input = Number(((ev.message as Obj)?.usage as Obj)?.input_tokens ?? 0);
          if (ev.type === 'message_delta') {
            usage.output = Number((ev.usage as Obj)?.output_tokens ?? 0);
            // Providers that learn the prompt size only at the end (OpenAI-compatible streams) report it here.
            const input = (ev.usage as Obj)?.input_tokens;
            if (typeof input === 'number' && input > 0) usage.input = input;
            yield { ...ev, pz: note() };
            continue;
          }
          for (const out of restorer.map(ev)) yield out;
        }
        outcome = 'ok';
      } catch (err) {
        if (outcome === 'vault_failed') throw err;
        outcome = 'upstream_error';
        throw upstreamAppError(err);
      } finally {
        if (outcome !== 'ok') {
          // Client gone or a failure: stop the upstream call too.
          ctl.abort();
          void upstream.return?.(undefined)?.catch(() => undefined);
        }
        account(outcome, usage, tally.invented.size);
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
