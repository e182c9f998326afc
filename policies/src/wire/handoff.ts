import { z } from 'zod';
import { ENTITY_TYPES } from '../detectors/types';
import { AppId, Count, Hostname, IsoDateTime, Uuid } from './common';

export const MAX_HANDOFF_PROMPT_CHARS = 1_000_000;

/**
 * Extension → gateway on redirect. The prompt travels once, over TLS, in a POST body — never in a
 * URL. The answer is a one-time token the company assistant page redeems.
 */
export const HandoffRequestSchema = z
  .object({
    prompt: z.string().min(1).max(MAX_HANDOFF_PROMPT_CHARS),
    appId: AppId,
    host: Hostname,
    /** The on-device decision event this hand-off belongs to (audit join, not content). */
    decisionId: Uuid,
    entities: z.partialRecord(z.enum(ENTITY_TYPES), Count).default({}),
  })
  .strict();
export type HandoffRequest = z.infer<typeof HandoffRequestSchema>;

export const HandoffResponseSchema = z.object({
  handoffId: Uuid,
  token: z.string().min(32).max(128),
  expiresAt: IsoDateTime,
  /**
   * Assistant URL without the token (it ends in `#/assistant`). The extension opens
   * `${assistantUrl}?t=${token}` — still inside the fragment, so the token never reaches a server log.
   * The page also accepts `#t=…`.
   */
  assistantUrl: z.url(),
});
export type HandoffResponse = z.infer<typeof HandoffResponseSchema>;

export const HandoffRedeemRequestSchema = z.object({ token: z.string().min(32).max(128) }).strict();
export const PlaceholderSpanSchema = z.object({
  placeholder: z.string(),
  entity: z.enum(ENTITY_TYPES),
  start: Count, // offsets in the scrubbed text
  end: Count,
});
export const HandoffRedeemResponseSchema = z.object({
  /** Send it as `x-pz-conversation-id` on /v1/messages: placeholders stay stable across turns. */
  conversationId: Uuid,
  appId: AppId,
  /** The original prompt (shown only to its owner) and its scrubbed form with placeholder spans. */
  prompt: z.string(),
  scrubbed: z.string(),
  placeholders: z.array(PlaceholderSpanSchema),
});
export type HandoffRedeemResponse = z.infer<typeof HandoffRedeemResponseSchema>;
