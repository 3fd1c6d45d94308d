import { businessDate } from '@guanjia/domain';
import { isJointMeetingEditor, nextJointMeetingDue } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { named, namesOf } from './channel-access.js';

/** The project's meeting rhythm and the next meeting it asks for, counted from the latest meeting not cancelled. */
export async function getMeetingCadence(db: DbOrTx, actor: Actor, projectId: string, now: Date = new Date()) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const [cadence, latest] = await Promise.all([
    db.selectFrom('sales_channel_cadences').selectAll().where('project_id', '=', projectId).where('company_id', '=', actor.companyId).executeTakeFirst(),
    db.selectFrom('sales_channel_meetings').select('meeting_date').where('project_id', '=', projectId).where('status', '!=', 'cancelled').orderBy('meeting_date', 'desc').executeTakeFirst(),
  ]);
  const latestMeetingDate = latest?.meeting_date ?? null;
  const next = cadence ? nextJointMeetingDue({ everyDays: cadence.every_days, startsOn: cadence.starts_on }, latestMeetingDate, businessDate(now)) : null;
  const names = await namesOf(db, [cadence?.updated_by]);
  return {
    projectId,
    cadence: cadence ? { everyDays: cadence.every_days, startsOn: cadence.starts_on, version: cadence.version, updatedBy: named(names, cadence.updated_by)! } : null,
    latestMeetingDate,
    nextDueOn: next?.dueOn ?? null,
    overdue: next?.overdue ?? false,
    canEdit: isJointMeetingEditor(actor.roles),
  };
}
