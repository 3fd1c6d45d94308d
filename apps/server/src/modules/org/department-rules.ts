import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import type { DepartmentTable } from './tables.js';

type Shape = Pick<DepartmentTable, 'kind' | 'post_type' | 'project_id' | 'developer_id' | 'parent_id'>;

/** Deeper than any real organisation chart; stops the walk on corrupt data. */
const MAX_DEPTH = 50;

/**
 * The rules a department or post must satisfy after a create or update, all reported together:
 * posts carry a post type and departments do not; the project and developer are the caller's;
 * the parent is a department of the same project/developer scope and not the record itself or
 * one of its descendants; a post has no children.
 */
export async function assertDepartmentShape(db: DbOrTx, actor: Actor, d: Shape, selfId?: string): Promise<void> {
  const fields: FieldErrors = {};
  if (d.kind === 'post' && !d.post_type) fields.postType = 'field.required';
  if (d.kind === 'department' && d.post_type) fields.postType = 'org.postTypeOnlyForPosts';
  if (d.project_id && !actor.projectIds.includes(d.project_id)) fields.projectId = 'org.unknownProject';
  if (d.developer_id) {
    const dev = await db.selectFrom('developers').select('id').where('id', '=', d.developer_id).where('company_id', '=', actor.companyId).executeTakeFirst();
    if (!dev) fields.developerId = 'org.unknownDeveloper';
  }
  if (d.parent_id) {
    const parentError = await checkParent(db, actor, d, selfId);
    if (parentError) fields.parentId = parentError;
  }
  if (selfId && d.kind === 'post') {
    const child = await db.selectFrom('departments').select('id').where('parent_id', '=', selfId).executeTakeFirst();
    if (child) fields.kind = 'org.parentIsPost';
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);
}

async function checkParent(db: DbOrTx, actor: Actor, d: Shape, selfId?: string): Promise<string | null> {
  const parent = await db.selectFrom('departments').selectAll().where('id', '=', d.parent_id!).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!parent || (parent.project_id && !actor.projectIds.includes(parent.project_id))) return 'org.unknownParent';
  if (parent.kind === 'post') return 'org.parentIsPost';
  // A company-level parent may hold project departments; a project's parent may not hold another's.
  if ((parent.project_id && parent.project_id !== d.project_id) || (parent.developer_id && parent.developer_id !== d.developer_id)) {
    return 'org.parentScope';
  }
  if (selfId) {
    let cursor: string | null = parent.id;
    for (let depth = 0; cursor && depth < MAX_DEPTH; depth++) {
      if (cursor === selfId) return 'org.parentCycle';
      const up: { parent_id: string | null } | undefined = await db.selectFrom('departments').select('parent_id').where('id', '=', cursor).executeTakeFirst();
      cursor = up?.parent_id ?? null;
    }
  }
  return null;
}
