import { z } from 'zod';
import { SEVERITIES } from '../classes/types';
import { PseudonymousId } from './common';
import { DecisionEventSchema } from './events';

// Reading stored decisions back (GET /v1/events) and the audited reveal of a pseudonym
// (POST /v1/events/reveal). Ingest itself is in ./events.

/** A decision as stored: the device id is whatever the token says, plus when the collector received it. */
export const StoredEventSchema = DecisionEventSchema.omit({ deviceId: true }).extend({ deviceId: z.string(), receivedAt: z.string() });
export type StoredEvent = z.infer<typeof StoredEventSchema>;

/** Keyset cursor: `<occurredAt>_<id>` of the last row of the previous page. */
export const EventCursorSchema = z.string().regex(/^[0-9TZ:.+-]+_[0-9a-f-]{36}$/);

export const EventQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  appId: z.string().max(64).optional(),
  user: PseudonymousId.optional(),
  action: z.string().max(32).optional(),
  outcome: z.string().max(32).optional(),
  minSeverity: z.enum(SEVERITIES).optional(),
  cursor: EventCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type EventQuery = z.input<typeof EventQuerySchema>;

export const EventsPageSchema = z.object({ events: z.array(StoredEventSchema), nextCursor: z.string().nullable() });
export type EventsPage = z.infer<typeof EventsPageSchema>;

/** The reason is required: looking is the act that is audited. */
export const RevealRequestSchema = z.object({ user: PseudonymousId, reason: z.string().trim().min(10).max(500) }).strict();
export type RevealRequest = z.infer<typeof RevealRequestSchema>;

export const RevealResponseSchema = z.object({ user: z.string(), identity: z.string(), source: z.string() });
export type RevealResponse = z.infer<typeof RevealResponseSchema>;
