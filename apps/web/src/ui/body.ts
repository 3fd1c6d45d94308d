function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Shapes form values for the server. A create leaves out blank fields. An update (previous given)
 * is a partial PATCH: only changed fields, null for a field the user emptied, plus the row's
 * version for optimistic locking. Unchanged fields stay out, so a masked phone is never sent back.
 */
export function toRequestBody<V extends object>(values: V, previous?: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values)) {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (!previous) {
      if (!isBlank(value)) body[key] = value;
      continue;
    }
    if (isBlank(value)) {
      if (!isBlank(previous[key])) body[key] = null;
    } else if (!same(value, previous[key])) {
      body[key] = value;
    }
  }
  if (previous && typeof previous.version === 'number') body.version = previous.version;
  return body;
}
