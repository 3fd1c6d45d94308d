import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertDepartmentShape } from './department-rules.js';
import { getDepartment } from './get-department.js';
import type { PostType } from './schemas.js';
import type { DepartmentTable } from './tables.js';

export interface UpdateDepartmentInput {
  name?: string;
  kind?: 'department' | 'post';
  postType?: PostType | null;
  parentId?: string | null;
  version?: number;
}

export async function updateDepartment(trx: Tx, actor: Actor, id: string, input: UpdateDepartmentInput): Promise<DepartmentTable> {
  const before = await getDepartment(trx, actor, id);
  assertVersion(before.version, input.version);
  // Turning a post into a department drops its post type unless the caller says otherwise.
  const postType = input.kind === 'department' && input.postType === undefined ? null : input.postType;
  const changes = changedColumns(before, { name: input.name, kind: input.kind, post_type: postType, parent_id: input.parentId });
  if (!Object.keys(changes).length) return before;
  await assertDepartmentShape(trx, actor, { ...before, ...changes }, id);
  const after = await updateVersioned(trx, 'departments', before, changes);
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'department', entityId: id, projectId: before.project_id, before, after });
  return after;
}
