// Presidio-compatible endpoints backed by our detectors, so tools already written against
// Presidio's analyzer/anonymizer REST API can point at the collector. Same request and response
// shapes; authentication is a gateway token or a console session (Presidio itself has none).
import { createHash } from 'node:crypto';
import type { EntityType, Finding } from '@protocol-zero/policies';
import { classify, ENTITY_TYPES, replaceSpans, toPresidioResults } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PresidioAnalyzeRequestSchema, PresidioResultSchema } from '../../gateway/presidio-client';
import { errors } from '../common';
import type { GatewayRoutesContext } from './index';

const OperatorSchema = z.object({
  type: z.enum(['replace', 'redact', 'mask', 'hash', 'keep']),
  new_value: z.string().optional(),
  masking_char: z.string().length(1).optional(),
  chars_to_mask: z.number().int().nonnegative().optional(),
  from_end: z.boolean().optional(),
  hash_type: z.enum(['sha256', 'sha512']).optional(),
});
type Operator = z.infer<typeof OperatorSchema>;

const AnonymizeRequestSchema = z.object({
  text: z.string().max(1_000_000),
  anonymizers: z.record(z.string(), OperatorSchema).optional(),
  analyzer_results: z.array(PresidioResultSchema.loose()),
});

const AnonymizeResponseSchema = z.object({
  text: z.string(),
  items: z.array(z.object({ start: z.number(), end: z.number(), entity_type: z.string(), text: z.string(), operator: z.string() })),
});

/** Presidio's operators; the default is replace with `<ENTITY_TYPE>`. */
export function operate(op: Operator, entity: string, value: string): string {
  switch (op.type) {
    case 'replace':
      return op.new_value ?? `<${entity}>`;
    case 'redact':
      return '';
    case 'keep':
      return value;
    case 'hash':
      return createHash(op.hash_type ?? 'sha256').update(value).digest('hex');
    case 'mask': {
      const chars = [...value];
      const n = Math.min(op.chars_to_mask ?? chars.length, chars.length);
      const ch = op.masking_char ?? '*';
      return op.from_end ? chars.slice(0, chars.length - n).join('') + ch.repeat(n) : ch.repeat(n) + chars.slice(n).join('');
    }
  }
}

const KNOWN = new Set<string>(ENTITY_TYPES);

export function presidioRoutes(ctx: GatewayRoutesContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/presidio/analyze',
      {
        config: { auth: 'public' },
        schema: { tags: ['gateway'], summary: 'Presidio-compatible analyzer (our detectors)', body: PresidioAnalyzeRequestSchema.loose(), response: { 200: z.array(PresidioResultSchema.loose()), ...errors(400, 401) } },
      },
      async (req) => {
        await ctx.callers.resolve(req);
        const c = classify(req.body.text, { minScore: req.body.score_threshold ?? 0.5 });
        return toPresidioResults(c.findings, req.body.entities).map((r) => ({ ...r }));
      },
    );

    app.post(
      '/presidio/anonymize',
      {
        config: { auth: 'public' },
        schema: { tags: ['gateway'], summary: 'Presidio-compatible anonymizer', body: AnonymizeRequestSchema, response: { 200: AnonymizeResponseSchema, ...errors(400, 401) } },
      },
      async (req) => {
        await ctx.callers.resolve(req);
        const { text, anonymizers = {}, analyzer_results } = req.body;
        const findings: (Finding & { type: string })[] = analyzer_results
          .filter((r) => r.end <= text.length && r.start < r.end)
          .map((r) => ({ entity: (KNOWN.has(r.entity_type) ? r.entity_type : 'SECRET') as EntityType, type: r.entity_type, start: r.start, end: r.end, score: r.score, detector: 'presidio' }));
        // Presidio resolves overlaps by keeping the higher score, then the longer span.
        const kept: typeof findings = [];
        for (const f of [...findings].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start))
          if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
        kept.sort((a, b) => a.start - b.start);
        const ops: string[] = [];
        const r = replaceSpans(text, kept, (f, value) => {
          const type = (f as (typeof kept)[number]).type;
          const op = anonymizers[type] ?? anonymizers.DEFAULT ?? { type: 'replace' as const };
          ops.push(op.type);
          return { text: operate(op, type, value), placeholder: type };
        });
        return { text: r.text, items: r.spans.map((s, i) => ({ start: s.start, end: s.end, entity_type: s.placeholder, text: r.text.slice(s.start, s.end), operator: ops[i]! })) };
      },
    );
  };
}
