// A small typed client for Microsoft Presidio's analyzer REST API (POST /analyze). There is no npm
// package for it. Responses are validated: a Presidio that answers garbage counts as a failure, and
// the gateway fails closed on failures.
import { ENTITY_TYPES, type EntityType, type Finding } from '@protocol-zero/policies';
import { z } from 'zod';

export const PresidioAnalyzeRequestSchema = z.object({
  text: z.string(),
  language: z.string().min(2).max(10).default('en'),
  entities: z.array(z.string()).optional(),
  score_threshold: z.number().min(0).max(1).optional(),
  correlation_id: z.string().optional(),
  return_decision_process: z.boolean().optional(),
});
export type PresidioAnalyzeRequest = z.input<typeof PresidioAnalyzeRequestSchema>;

export const PresidioResultSchema = z.object({
  entity_type: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  score: z.number().min(0).max(1),
});
export type PresidioResult = z.infer<typeof PresidioResultSchema>;

const KNOWN = new Set<string>(ENTITY_TYPES);
/** Presidio names we fold into ours; anything else unknown is kept as the closest generic type. */
const ALIASES: Record<string, EntityType> = { NRP: 'ORGANIZATION', DATE_TIME: 'DATE_OF_BIRTH', MEDICAL_LICENSE: 'US_NPI', UK_POSTCODE: 'STREET_ADDRESS' };

export function presidioToFinding(r: PresidioResult): Finding {
  const entity: EntityType = KNOWN.has(r.entity_type) ? (r.entity_type as EntityType) : (ALIASES[r.entity_type] ?? 'SECRET');
  return { entity, start: r.start, end: r.end, score: r.score, detector: `presidio/${r.entity_type.toLowerCase()}` };
}

export class PresidioClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
    /** Extra headers, e.g. a token when the analyzer sits behind auth (ours does). */
    private readonly headers: Record<string, string> = {},
  ) {}

  /** Throws on transport errors, non-2xx and malformed answers; `signal` bounds the wait. */
  async analyze(req: PresidioAnalyzeRequest, signal?: AbortSignal): Promise<PresidioResult[]> {
    const body = PresidioAnalyzeRequestSchema.parse(req);
    const res = await this.fetchImpl(`${this.baseUrl.replace(/\/$/, '')}/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
    if (!res.ok) throw new Error(`presidio analyze answered ${res.status}`);
    const parsed = z.array(PresidioResultSchema).safeParse(await res.json());
    if (!parsed.success) throw new Error('presidio analyze answered an unexpected shape');
    for (const r of parsed.data) if (r.end > req.text.length || r.end < r.start) throw new Error('presidio analyze answered spans outside the text');
    return parsed.data;
  }
}
