import { businessDate, uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError, ValidationError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { insertMeetingIssue } from './raise-meeting-issue.js';
import type { SalesMeetingRow } from './sales-meeting-access.js';
import type { RecordMeetingBody } from './schemas.js';

export interface RecordedMeeting {
  meeting: SalesMeetingRow;
  notifications: NotificationRow[];
}

/** Records a sales meeting the butler attended, with the issues raised there, in one transaction. */
export async function recordSalesMeeting(trx: Tx, actor: Actor, projectId: string, input: RecordMeetingBody, now: Date = new Date()): Promise<RecordedMeeting> {
  assertProjectVisible(actor, projectId, 'entity.project');
  assertMeetingDate(input.meetingDate, now);
  if (input.salesCenterId) {
    const center = await trx.selectFrom('sales_centers').select('id').where('id', '=', input.salesCenterId).where('project_id', '=', projectId).executeTakeFirst();
    if (!center) throw new ValidationError({ salesCenterId: 'salesMeeting.field.salesCenterNotInProject' });
  }
  const at = now.toISOString();
  const meeting: SalesMeetingRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: projectId,
    sales_center_id: input.salesCenterId ?? null,
    meeting_date: input.meetingDate,
    title: input.title || '销售工作例会',
    attendees: JSON.stringify(input.attendees),
    notes: input.notes || null,
    recorded_by: actor.userId,
    ...newRowStamp(at),
  };
  await trx.insertInto('sales_meetings').values(meeting).execute();
  await recordAudit(trx, actor, meeting.company_id, { action: 'create', entityType: 'salesMeeting', entityId: meeting.id, projectId, after: meeting });
  const notifications: NotificationRow[] = [];
  for (const [i, issue] of (input.issues ?? []).entries()) await insertMeetingIssue(trx, actor, meeting, issue, now, notifications, `issues.${i}.`);
  return { meeting, notifications };
}

/** A meeting is recorded once held: today at the latest (Shanghai). */
export function assertMeetingDate(date: string, now: Date): void {
  const today = businessDate(now);
  if (date > today) throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', { today }, { meetingDate: 'salesMeeting.field.dateFuture' });
}
