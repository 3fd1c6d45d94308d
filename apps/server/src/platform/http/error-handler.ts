import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ForbiddenTransitionError } from '@guanjia/domain';
import { AppError } from './errors.js';
import { translate, type Locale } from './i18n.js';

interface ZodIssueLike {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldName(issue: ZodIssueLike): string {
  const p = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const unknownKeys = issue.params.keys as string[] | undefined;
  if (issue.keyword === 'unrecognized_keys' && unknownKeys?.length) return p ? `${p}.${unknownKeys[0]}` : unknownKeys[0];
  return p || '_';
}

/** One zod issue → a short reason in the caller's language. */
function fieldReason(locale: Locale, issue: ZodIssueLike): string {
  const p = issue.params;
  switch (issue.keyword) {
    case 'invalid_type':
      return translate(locale, /received undefined/.test(issue.message ?? '') ? 'field.required' : 'field.invalidType');
    case 'too_small':
      if (p.origin === 'string') return translate(locale, Number(p.minimum) <= 1 ? 'field.required' : 'field.tooShort', { min: p.minimum });
      return translate(locale, 'field.tooSmall', { min: p.minimum });
    case 'too_big':
      return translate(locale, p.origin === 'string' ? 'field.tooLong' : 'field.tooBig', { max: p.maximum });
    case 'invalid_value':
      return translate(locale, 'field.invalidEnum', { options: (p.values as unknown[] | undefined)?.join(', ') ?? '' });
    case 'invalid_format':
      return translate(locale, 'field.invalidFormat');
    case 'unrecognized_keys':
      return translate(locale, 'field.unknown');
    case 'custom':
      // Custom refinements carry an i18n key as their message.
      return translate(locale, issue.message ?? 'field.invalidFormat', p);
    default:
      return translate(locale, 'field.invalidFormat');
  }
}

export function sendError(reply: FastifyReply, locale: Locale, err: AppError): FastifyReply {
  const fields = err.fields
    ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, translate(locale, v, err.params)]))
    : undefined;
  if (err.status === 429 && err.details?.retryAfterSeconds) reply.header('retry-after', String(err.details.retryAfterSeconds));
  return reply.status(err.status).send({
    error: {
      code: err.code,
      message: translate(locale, err.messageKey, err.params),
      ...(fields ? { fields } : {}),
      ...(err.details ? { details: err.details } : {}),
    },
  });
}

/** Every error leaves the server in one shape: {"error":{"code","message","fields"?,"details"?}}. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const locale = req.locale;
  if (err instanceof AppError) return sendError(reply, locale, err);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields: Record<string, string> = {};
    for (const issue of err.validation as unknown as ZodIssueLike[]) {
      const name = fieldName(issue);
      fields[name] ??= fieldReason(locale, issue);
    }
    return reply.status(400).send({
      error: { code: 'VALIDATION_FAILED', message: translate(locale, 'error.validation'), fields },
    });
  }
  if (err instanceof ForbiddenTransitionError) {
    return reply.status(409).send({
      error: {
        code: 'FORBIDDEN_TRANSITION',
        message: translate(locale, 'error.forbiddenTransition', { from: err.from, action: err.action }),
        details: { entity: err.entity, from: err.from, action: err.action },
      },
    });
  }
  if (err.statusCode === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE') {
    return reply.status(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message: translate(locale, 'error.payloadTooLarge', { max: '' }) } });
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // Fastify's own client errors (bad JSON, wrong content type) keep their status with our shape.
    return reply.status(err.statusCode).send({
      error: { code: err.code ?? 'BAD_REQUEST', message: err.message, fields: err.statusCode === 400 ? { _: err.message } : undefined },
    });
  }
  req.log.error({ err }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'INTERNAL', message: translate(locale, 'error.internal') } });
}
