/**
 * The columns of a PATCH that really change the row. An empty result means the update is a no-op,
 * so callers skip the write, the version bump and the audit row.
 */
export function changedColumns<Row extends object, Patch extends Partial<Row>>(before: Row, patch: Patch): Partial<Row> {
  const out: Partial<Row> = {};
  for (const [key, value] of Object.entries(patch) as [keyof Row, Row[keyof Row]][]) {
    if (value !== undefined && before[key] !== value) out[key] = value;
  }
  return out;
}
