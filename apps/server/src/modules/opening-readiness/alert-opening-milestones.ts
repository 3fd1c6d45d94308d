import { businessDate } from '@guanjia/domain';
import { addCalendarDays, DEFAULT_AMBER_DAYS, OPENING_MILESTONE_TEMPLATES, readinessColour } from '@guanjia/domain/opening-readiness/milestones';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { projectStaffWithRoles } from '../work-orders/work-order-notices.js';
import './messages.js';
import { UNOWNED_ALERT_ROLES } from './opening-readiness-access.js';
import { recordMilestoneEvent } from './record-milestone-event.js';
import type { MilestoneAlertLevel } from './tables.js';

const PAGE = 200;
// Stored notifications have one text; the company's language (Chinese) is used.
const LOCALE = 'zh-CN';
const RANK: Record<MilestoneAlertLevel, number> = { none: 0, amber: 1, red: 2 };
const TITLES = new Map(OPENING_MILESTONE_TEMPLATES.map((t) => [t.key, t.title]));

export interface MilestoneAlertRun {
  /** Milestones alerted in this run. */
  alerted: number;
  notifications: NotificationRow[];
}

/**
 * The daily alert: a milestone not done that has turned amber (due within the amber window) or red
 * (overdue) tells its owner, or the project's service-center managers while it has none. The level
 * told is stored on the milestone and only climbs, set by a compare-and-set in the milestone's own
 * transaction: each level is told once, however often or concurrently the job runs. A milestone
 * found red at once (set up late) is told red only.
 */
export async function alertOpeningMilestones(db: Db, now: Date): Promise<MilestoneAlertRun> {
  const today = businessDate(now);
  const horizon = addCalendarDays(today, DEFAULT_AMBER_DAYS);
  const run: MilestoneAlertRun = { alerted: 0, notifications: [] };
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('opening_milestones')
      .select('id')
      .where('done_at', 'is', null)
      .where('due_date', '<=', horizon)
      .where('alert_level', '!=', 'red')
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const { id } of page) {
      const notices = await inTransaction(db, (trx) => alertOne(trx, id, today, now));
      if (notices) {
        run.alerted++;
        run.notifications.push(...notices);
      }
    }
    if (page.length < PAGE) return run;
    after = page[page.length - 1]!.id;
  }
}

/** Re-reads the milestone; null when it is done, not yet amber, or its level was already told. */
async function alertOne(trx: Tx, id: string, today: string, now: Date): Promise<NotificationRow[] | null> {
  const m = await trx.selectFrom('opening_milestones').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) return null;
  const colour = readinessColour({ dueDate: m.due_date, done: m.done_at !== null }, today);
  if (colour !== 'amber' && colour !== 'red') return null;
  const level: MilestoneAlertLevel = colour;
  if (RANK[level] <= RANK[m.alert_level]) return null;
  // Not a versioned update: the alert must not make a page holding the milestone stale.
  const claimed = await trx
    .updateTable('opening_milestones')
    .set({ alert_level: level })
    .where('id', '=', m.id)
    .where('alert_level', '=', m.alert_level)
    .where('due_date', '=', m.due_date)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return null;

  const userIds = m.owner_id ? [m.owner_id] : await projectStaffWithRoles(trx, m.project_id, UNOWNED_ALERT_ROLES);
  const at = now.toISOString();
  await recordMilestoneEvent(trx, m, { action: 'alerted', from: m.alert_level, to: level, note: JSON.stringify(userIds), actorId: null, at });
  await recordAudit(trx, null, m.company_id, { action: 'openingMilestone.alert', entityType: 'openingMilestone', entityId: m.id, projectId: m.project_id, before: m, after: { ...m, alert_level: level } });
  const params = { title: TITLES.get(m.key) ?? m.key, dueDate: m.due_date };
  return notify(trx, {
    userIds,
    kind: `openingMilestone.${level}`,
    projectId: m.project_id,
    link: `/opening-readiness?projectId=${m.project_id}`,
    title: translate(LOCALE, `openingReadiness.notice.${level}Title`, params),
    body: translate(LOCALE, `openingReadiness.notice.${level}Body`, params),
  });
}
