import { uuidv7 } from '@guanjia/domain';
import type { Actor } from '../http/actor.js';
import { nowIso, type Tx } from '../db/transaction.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  projectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Fields never copied into the audit log. */
const SECRET_FIELDS = new Set(['password_hash', 'password']);

function snapshot(row: unknown): string | null {
  if (row === undefined || row === null) return null;
  // Every secret field's name starts with "password": without that text, a replacer (called per
  // key, the slow part of a wide row) would change nothing.
  const plain = JSON.stringify(row);
  if (!plain.includes('"password')) return plain;
  return JSON.stringify(row, (k, v) => (SECRET_FIELDS.has(k) ? '[redacted]' : v));
}

/** Writes one audit row inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(trx: Tx, actor: Actor | null, companyId: string, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      id: uuidv7(),
      company_id: companyId,
      project_id: entry.projectId ?? null,
      actor_id: actor?.userId ?? null,
      actor_name: actor?.name ?? null,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      at: nowIso(),
    })
    .execute();
}
