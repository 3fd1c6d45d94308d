import { z } from 'zod';

/** Parts every module's zod schemas share. */

/** An id in a path, a query or a body: trimmed, never empty. */
export const idRef = z.string().trim().min(1).max(64);

/** A person, department or place as a response names it. */
export const named = z.object({ id: z.string(), name: z.string() });

/** Optional free text up to `max` characters: missing, null and "" all become null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
