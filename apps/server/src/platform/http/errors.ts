/**
 * Typed errors, mapped to HTTP in one place (error-handler.ts). Messages are i18n keys with
 * parameters, rendered in the caller's language.
 */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
    readonly params: Record<string, unknown> = {},
    readonly fields?: FieldErrors,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${messageKey}`);
  }
}

/** 400: input is malformed; `fields` maps each bad field to an i18n key (or literal text). */
export class ValidationError extends AppError {
  constructor(fields: FieldErrors, messageKey = 'error.validation') {
    super(400, 'VALIDATION_FAILED', messageKey, {}, fields);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(messageKey = 'error.unauthenticated') {
    super(401, 'UNAUTHENTICATED', messageKey);
  }
}

export class ForbiddenError extends AppError {
  constructor(messageKey = 'error.forbidden') {
    super(403, 'FORBIDDEN', messageKey);
  }
}

/** 404, also used where revealing that a record exists in another project would leak. */
export class NotFoundError extends AppError {
  constructor(entityKey = 'entity.record') {
    super(404, 'NOT_FOUND', 'error.notFound', { entity: entityKey });
  }
}

/** 409: a uniqueness clash or a stale update. */
export class ConflictError extends AppError {
  constructor(code: string, messageKey: string, params: Record<string, unknown> = {}, fields?: FieldErrors) {
    super(409, code, messageKey, params, fields);
  }
}

/** 422: the input is well-formed but a business rule refuses it. */
export class BusinessRuleError extends AppError {
  constructor(code: string, messageKey: string, params: Record<string, unknown> = {}, details?: Record<string, unknown>) {
    super(422, code, messageKey, params, undefined, details);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, 'TOO_MANY_ATTEMPTS', 'error.tooManyAttempts', { seconds: retryAfterSeconds }, undefined, {
      retryAfterSeconds,
    });
  }
}
