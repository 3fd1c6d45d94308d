import type { FastifyRequest } from 'fastify';
import { ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import { importYearBody, type ImportYearBody } from './schemas.js';

/**
 * A holiday-cn .json sent as multipart field `file`, checked against the same schema as the JSON
 * body; problems are reported per field (days.3.date …) as they are for the body.
 */
export async function receiveHolidayFile(req: FastifyRequest, field = 'file'): Promise<ImportYearBody> {
  if (!req.isMultipart()) throw new ValidationError({ [field]: 'field.required' });
  const part = await req.file();
  if (!part || part.fieldname !== field) throw new ValidationError({ [field]: 'field.required' });
  const buffer = await part.toBuffer();
  let json: unknown;
  try {
    if (!/\.json$/i.test(part.filename)) throw new Error('not json');
    json = JSON.parse(buffer.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new ValidationError({ [field]: 'calendar.field.notHolidayJson' });
  }
  const parsed = importYearBody.safeParse(json);
  if (parsed.success) return parsed.data;
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path.join('.') || field;
    fields[name] ??= issue.code === 'invalid_type' && issue.input === undefined ? 'field.required' : 'field.invalidFormat';
  }
  throw new ValidationError(fields);
}
