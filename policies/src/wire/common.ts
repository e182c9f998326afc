import { z } from 'zod';

/** Bumped only on breaking changes; every envelope carries it so old clients get a clear 400. */
export const WIRE_VERSION = 1 as const;

export const IsoDateTime = z.iso.datetime({ offset: true });
export const Day = z.iso.date(); // 'YYYY-MM-DD', UTC
export const Uuid = z.uuid();
/** Pseudonymous user id: keyed hash computed on the device or sensor (hex, ≥ 16 chars). */
export const PseudonymousId = z.string().regex(/^[0-9a-f]{16,64}$/);
export const AppId = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,63}$/);
export const Hostname = z.string().min(1).max(253).regex(/^[A-Za-z0-9._:[\]-]+$/);
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
export const Count = z.number().int().nonnegative();
/** Free text that is stored: PostgreSQL text cannot hold NUL, so it is refused here (400), not at insert (500). */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
export const NO_NUL = /^[^\u0000]*$/;
export const StoredText = (max: number) => z.string().max(max).regex(NO_NUL, 'NUL characters are not allowed');

/** Every error that crosses HTTP has this body; `code` is from collector/src/errors.ts. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
