import { DEFAULT_DAILY_CHECK_ITEMS, type DailyCheckTemplateItem } from '@guanjia/domain/sales-site/daily-check';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { DailyCheckTemplateTable } from './tables.js';

export type DailyCheckTemplateRow = Selectable<DailyCheckTemplateTable>;

export interface ResolvedTemplate {
  /** Null while the project uses the seed's defaults. */
  row: DailyCheckTemplateRow | null;
  items: DailyCheckTemplateItem[];
}

/**
 * The project's checklist: its saved list, or the seed's 工作要点 with each default post resolved to
 * the project's department of that post type (水吧岗, 保洁岗, 秩序维护岗), when it has one.
 */
export async function resolveDailyCheckTemplate(db: DbOrTx, projectId: string): Promise<ResolvedTemplate> {
  const row = await db.selectFrom('daily_check_templates').selectAll().where('project_id', '=', projectId).executeTakeFirst();
  if (row) return { row, items: JSON.parse(row.items) as DailyCheckTemplateItem[] };
  const postTypes = [...new Set(DEFAULT_DAILY_CHECK_ITEMS.map((i) => i.responsiblePostType).filter((p): p is string => p !== null))];
  const posts = await db
    .selectFrom('departments')
    .select(['id', 'post_type'])
    .where('project_id', '=', projectId)
    .where('developer_id', 'is', null)
    .where('post_type', 'in', postTypes)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const byType = new Map<string, string>();
  for (const p of posts) if (p.post_type && !byType.has(p.post_type)) byType.set(p.post_type, p.id);
  return {
    row: null,
    items: DEFAULT_DAILY_CHECK_ITEMS.map((d) => ({ key: d.key, text: d.text, departmentId: d.responsiblePostType ? (byType.get(d.responsiblePostType) ?? null) : null })),
  };
}

/** Department names by id, for views. */
export async function departmentNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of users by id, for views. */
export async function userNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
