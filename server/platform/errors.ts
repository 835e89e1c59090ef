import type { ErrorKey } from '../../common/i18n';

/**
 * Business code throws these and never imports Fastify; `http/problems.ts` maps each to an
 * RFC 9457 problem document in the request's language.
 */
/** A field-level problem, translated at the edge like the error itself. */
export type FieldError = { path: string; key: ErrorKey; params?: Record<string, unknown> };

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  constructor(
    readonly messageKey: ErrorKey,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(messageKey);
  }
}

export class NotAuthenticatedError extends DomainError {
  readonly status = 401;
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = 'FORBIDDEN';
}

export class CsrfError extends DomainError {
  readonly status = 403;
  readonly code = 'CSRF';
}

export class PasswordExpiredError extends DomainError {
  readonly status = 403;
  readonly code = 'PASSWORD_EXPIRED';
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'NOT_FOUND';
}

/** Bad input the schema could not catch (uniqueness, cross-field rules…). */
export class ValidationError extends DomainError {
  readonly status = 400;
  readonly code = 'VALIDATION';
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code = 'CONFLICT';
}

export class LockedError extends DomainError {
  readonly status = 429;
  readonly code = 'LOCKED';
}

export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
  readonly code = 'PAYLOAD_TOO_LARGE';
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly status = 415;
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
}
