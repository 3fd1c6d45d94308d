import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertDepartmentShape } from './department-rules.js';
import type { PostType } from './schemas.js';
import type { DepartmentTable } from './tables.js';

export interface CreateDepartmentInput {
  name: string;
  kind: 'department' | 'post';
  postType?: PostType | null;
  parentId?: string | null;
  projectId?: string | null;
  developerId?: string | null;
}

export async function createDepartment(trx: Tx, actor: Actor, input: CreateDepartmentInput): Promise<DepartmentTable> {
  const row: DepartmentTable = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId ?? null,
    developer_id: input.developerId ?? null,
    parent_id: input.parentId ?? null,
    name: input.name,
    kind: input.kind,
    post_type: input.postType ?? null,
    ...newRowStamp(),
  };
  await assertDepartmentShape(trx, actor, row);
  await trx.insertInto('departments').values(row).execute();
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'department', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
