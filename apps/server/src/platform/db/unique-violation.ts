import { ConflictError } from '../http/errors.js';

/** True for a unique-constraint failure on SQLite or PostgreSQL. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Runs a write and turns a unique violation into 409 naming the field, e.g. a second project
 * with code "JW01". The caller's transaction is rolled back by the thrown error.
 */
export async function withUniqueField<T>(field: string, value: unknown, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new ConflictError('DUPLICATE', 'error.duplicate', { field: `field.${field}`, value: String(value) }, { [field]: 'error.duplicate' });
    }
    throw err;
  }
}
