// Small schema pieces shared by route plugins (wire shapes themselves live in policies/src/wire).
import { ErrorBodySchema } from '@protocol-zero/policies';

/** Documented error responses: every route lists the ones it can return. */
export const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, ErrorBodySchema]));
export const AUTH_ERRORS = [401, 403] as const;
