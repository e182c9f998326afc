import { z } from 'zod';
import { ENTITY_TYPES } from '../detectors/types';
import { DATA_CLASSES, SEVERITIES } from '../classes/types';
import { ActionSchema, ChannelSchema, TierSchema } from '../policy/schema';
import { AppId, Count, Hostname, IsoDateTime, PseudonymousId, StoredText, Uuid, WIRE_VERSION } from './common';

/** What the user finally did after the overlay. */
export const OUTCOMES = ['sent', 'sent_with_justification', 'redacted', 'redirected', 'blocked', 'cancelled'] as const;

/**
 * One policy decision made on a device. Content-free by construction: counts, classes and sizes,
 * never text. `id` is minted on the device so a retried batch is a no-op at the collector.
 */
export const DecisionEventSchema = z
  .object({
    id: Uuid,
    occurredAt: IsoDateTime,
    deviceId: StoredText(128).min(1),
    user: PseudonymousId,
    department: StoredText(100).optional(),
    appId: AppId,
    host: Hostname,
    channel: ChannelSchema,
    tier: TierSchema,
    action: ActionSchema,
    outcome: z.enum(OUTCOMES),
    ruleId: StoredText(64).nullable(),
    policyVersion: z.number().int().nonnegative(),
    entities: z.partialRecord(z.enum(ENTITY_TYPES), Count),
    classes: z.array(z.enum(DATA_CLASSES)).max(DATA_CLASSES.length),
    severity: z.enum(SEVERITIES),
    sizeBytes: Count,
    /** Files: type and size only. */
    file: z.object({ type: StoredText(100), sizeBytes: Count }).optional(),
    /** The user's reason for "send anyway" — their words about the prompt, not the prompt. */
    justification: StoredText(500).optional(),
    /** Set when outcome is 'redirected': the hand-off this decision created. */
    handoffId: Uuid.optional(),
  })
  .strict();
export type DecisionEvent = z.infer<typeof DecisionEventSchema>;

export const MAX_EVENTS_PER_BATCH = 1000;
export const EventBatchSchema = z
  .object({
    wireVersion: z.literal(WIRE_VERSION),
    events: z.array(DecisionEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
  })
  .strict();
export type EventBatch = z.infer<typeof EventBatchSchema>;

/** Why the collector refused to store one event of an otherwise accepted batch (stable codes). */
export const EVENT_REJECTIONS = {
  /** Older than the retention window: its day's roll-up is final and its raw events are gone. */
  event_too_old: 'the event is older than the retention window; it was not stored',
} as const;
export const EventRejectionCode = z.enum(Object.keys(EVENT_REJECTIONS) as [keyof typeof EVENT_REJECTIONS]);

export const IngestAckSchema = z.object({
  accepted: Count, // newly stored
  duplicates: Count, // already stored earlier (retry): not an error
  /** Events not stored, with the reason; retrying them cannot succeed. Absent when there are none. */
  rejected: z.array(z.object({ id: Uuid, code: EventRejectionCode })).optional(),
});
export type IngestAck = z.infer<typeof IngestAckSchema>;
