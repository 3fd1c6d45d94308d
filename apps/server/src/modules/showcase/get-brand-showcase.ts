import { businessDate } from '@guanjia/domain';
import { brandShowcaseActionsFor, brandShowcaseMissingParts, canEditShowcase, canManageShowcase, EDITABLE_BRAND_SHOWCASE_STATUSES } from '@guanjia/domain/showcase/showcase-flow';
import { isTrained } from '@guanjia/domain/showcase/showcase-post';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { fileRefs, presentShowcase, userNames } from './present-showcase.js';
import type { ShowcaseDetailView } from './schemas.js';
import { loadVisibleShowcase, parseJson, type ShowcaseRow } from './showcase-access.js';

/** How far ahead the duty roster is shown. */
const DUTY_DAYS_AHEAD = 14;

export async function getBrandShowcase(db: DbOrTx, actor: Actor, id: string, now: Date = new Date()): Promise<ShowcaseDetailView> {
  return presentShowcaseDetail(db, actor, await loadVisibleShowcase(db, actor, id), now);
}

/** The plan with its history, roster, duties, work instruction versions and the caller's buttons. */
export async function presentShowcaseDetail(db: DbOrTx, actor: Actor, row: ShowcaseRow, now: Date = new Date()): Promise<ShowcaseDetailView> {
  const today = businessDate(now);
  const until = businessDate(now.getTime() + DUTY_DAYS_AHEAD * 86_400_000);
  const [center, history, explainers, duties, instructions] = await Promise.all([
    db.selectFrom('sales_centers').select(['id', 'name']).where('id', '=', row.sales_center_id).executeTakeFirstOrThrow(),
    db.selectFrom('brand_showcase_events').selectAll().where('showcase_id', '=', row.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('showcase_explainers').selectAll().where('showcase_id', '=', row.id).orderBy('created_at').execute(),
    db.selectFrom('showcase_duties').selectAll().where('showcase_id', '=', row.id).where('duty_date', '>=', today).where('duty_date', '<=', until).orderBy('duty_date').orderBy('shift').execute(),
    db.selectFrom('showcase_instructions').selectAll().where('showcase_id', '=', row.id).orderBy('version_no', 'desc').execute(),
  ]);
  const names = await userNames(db, [...history.map((h) => h.actor_id), ...explainers.map((e) => e.user_id), ...instructions.map((i) => i.uploaded_by)]);
  const files = await fileRefs(db, [...parseJson<string[]>(row.layout_file_ids, []), ...instructions.map((i) => i.file_id)]);
  const explainerName = new Map(explainers.map((e) => [e.id, names(e.user_id) ?? { id: e.user_id, name: '' }]));
  const dutyViews = duties.map((d) => ({ id: d.id, dutyDate: d.duty_date, shift: d.shift, explainer: explainerName.get(d.explainer_id) ?? { id: d.explainer_id, name: '' } }));
  const editor = canEditShowcase(actor.roles);
  return {
    ...presentShowcase(row, center, files, now),
    publicCode: row.public_code,
    history: history.map((h) => ({ action: h.action, fromStatus: h.from_status, toStatus: h.to_status, actor: names(h.actor_id), note: h.note, at: h.created_at })),
    explainers: explainers.map((e) => ({
      id: e.id,
      user: names(e.user_id) ?? { id: e.user_id, name: '' },
      trainedOn: e.trained_on,
      trainer: e.trainer,
      trained: isTrained({ trainedOn: e.trained_on, trainer: e.trainer, active: e.active === 1 }),
      active: e.active === 1,
      version: e.version,
    })),
    duties: dutyViews,
    todayOnDuty: dutyViews.filter((d) => d.dutyDate === today),
    instructions: instructions.map((i, n) => ({
      id: i.id,
      versionNo: i.version_no,
      file: files(i.file_id),
      note: i.note,
      uploadedBy: names(i.uploaded_by),
      createdAt: i.created_at,
      current: n === 0,
    })),
    allowedActions: brandShowcaseActionsFor(row.status, actor.roles),
    missingParts: brandShowcaseMissingParts({ location: row.location, areaM2: row.area_m2 === null ? null : Number(row.area_m2), layoutPlan: row.layout_plan, layoutFileIds: parseJson<string[]>(row.layout_file_ids, []) }),
    canEdit: editor && EDITABLE_BRAND_SHOWCASE_STATUSES.includes(row.status),
    canManage: canManageShowcase(actor.roles),
  };
}
