// The one catalogue of stable error codes that cross HTTP. Clients branch on `code`, never on the
// message; a code, once shipped, keeps its meaning and status forever.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody } from '@protocol-zero/policies';

export const ERRORS = {
  validation_failed: { status: 400, message: 'the request does not match the schema' },
  malformed_json: { status: 400, message: 'the request body is not valid JSON' },
  bad_request: { status: 400, message: 'bad request' },
  unauthenticated: { status: 401, message: 'a valid bearer token is required' },
  invalid_credentials: { status: 401, message: 'wrong email or password' },
  forbidden: { status: 403, message: 'this token may not use this route' },
  invalid_enrollment_secret: { status: 403, message: 'the enrollment secret is not valid' },
  not_found: { status: 404, message: 'not found' },
  route_not_found: { status: 404, message: 'no such route' },
  conflict: { status: 409, message: 'conflict with the current state' },
  kit_secret_unavailable: { status: 409, message: 'the current MDM kit secret cannot be derived with this server\'s key; rotate it or set the same PZ_ENROLLMENT_KEY on every collector' },
  policy_version_conflict: { status: 409, message: 'the policy changed since the version you edited' },
  body_too_large: { status: 413, message: 'the request body is too large' },
  unsupported_media_type: { status: 415, message: 'send application/json' },
  rate_limited: { status: 429, message: 'too many requests; retry later' },
  // Gateway (collector/src/gateway): the SDK must not retry these blindly, see x-should-retry.
  gateway_budget_exceeded: { status: 429, message: 'the gateway budget for this user or department is used up' },
  gateway_analysis_failed: { status: 503, message: 'the prompt could not be analysed; nothing was sent to the model' },
  gateway_no_model: { status: 503, message: 'no model configured for the gateway' },
  gateway_upstream_failed: { status: 502, message: 'the model provider failed' },
  gateway_vault_unavailable: { status: 503, message: 'the placeholder vault could not be written; no answer was released' },
  handoff_wrong_user: { status: 403, message: 'this hand-off was made for another user' },
  handoff_invalid: { status: 410, message: 'the hand-off token is unknown, already used or expired' },
  // Knowledge base (collector/src/kb).
  kb_empty_document: { status: 422, message: 'no text could be extracted from the document' },
  kb_invalid_pdf: { status: 422, message: 'the file is not a readable PDF' },
  internal: { status: 500, message: 'internal error' },
  unavailable: { status: 503, message: 'temporarily unavailable; retry later' },
  not_configured: { status: 503, message: 'this capability is not configured' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** Throw this from any route or capability: the handler turns it into an ErrorBody. */
export class AppError extends Error {
  readonly status: number;
  constructor(readonly code: ErrorCode, message?: string, readonly details?: unknown) {
    super(message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
  }
  /** Fastify plugins (rate-limit) read `statusCode`. */
  get statusCode(): number { return this.status; }
}

export function errorBody(code: ErrorCode, message?: string, details?: unknown): ErrorBody {
  return { error: { code, message: message ?? ERRORS[code].message, ...(details !== undefined ? { details } : {}) } };
}

/** Fastify's own error codes → ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_VALIDATION: 'validation_failed',
};

function classify(err: FastifyError): { code: ErrorCode; message?: string; details?: unknown } {
  if (err instanceof AppError) return { code: err.code, message: err.message, details: err.details };
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details = err.validation.map((v) => ({ path: v.instancePath || '/', message: v.message }));
    return { code: 'validation_failed', message: `invalid ${err.validationContext ?? 'request'}`, details: details.slice(0, 20) };
  }
  if (err.code && FASTIFY_CODES[err.code]) return { code: FASTIFY_CODES[err.code]! };
  if (err.statusCode === 429) return { code: 'rate_limited' };
  if (err instanceof SyntaxError && err.statusCode === 400) return { code: 'malformed_json' };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return { code: 'bad_request', message: err.message };
  // Database gone or overloaded: nothing was acknowledged, the client should retry.
  if (['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT', '57P01', '53300', '40P01'].includes(String(err.code))) return { code: 'unavailable' };
  return { code: 'internal' };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { code, message, details } = classify(err);
    const status = ERRORS[code].status;
    // Messages of unexpected errors may quote input (and so prompt text): log the stack only server-side.
    if (status >= 500 && !isResponseSerializationError(err)) req.log.error({ err }, 'request failed');
    else if (isResponseSerializationError(err)) req.log.error({ url: err.url, issues: err.cause.issues.length }, 'response did not match its schema');
    else req.log.info({ code }, 'request refused');
    if (err instanceof AppError && err.code === 'rate_limited') void reply.header('retry-after', '60');
    return reply.status(status).send(errorBody(code, status >= 500 ? undefined : message, details));
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send(errorBody('route_not_found', `no route ${req.method} ${req.url.split('?')[0]}`)));
}
