import { businessDate, shanghaiInstant, uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { seedReferenceServices } from './list-reference-services.js';
import { newVisitRow } from './new-visit-row.js';

/**
 * Project 1's sales center today (Shanghai date at seed time): the duty roster in rotation order
 * (孙丽, 何静, 马超), the one-minute alert, the 20 reference services, and a few appointments.
 */
export async function seedReceptionDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const center = await trx.selectFrom('sales_centers').select(['id', 'company_id']).where('project_id', '=', projectId).orderBy('id').executeTakeFirstOrThrow();
  const now = new Date();
  const today = businessDate(now);
  const at = now.toISOString();
  const tenancy = { company_id: center.company_id, project_id: projectId, sales_center_id: center.id };

  await trx.insertInto('reception_settings').values({ id: uuidv7(), ...tenancy, alert_threshold_seconds: 60, ...newRowStamp(at) }).execute();
  const consultants = ['sales', 'sales2', 'sales3'].map((u) => ids.users[u]!);
  await trx
    .insertInto('reception_duty_rosters')
    .values(consultants.map((consultantId, i) => ({ id: uuidv7(), ...tenancy, duty_date: today, consultant_id: consultantId, position: i + 1, on_duty: 1, turn_credit: 0, ...newRowStamp(at) })))
    .execute();
  await seedReferenceServices(trx, null, center.company_id, projectId, { audit: false });

  const appointments = [
    { time: '10:30', type: 'appointment' as const, name: '王先生', phone: '13800001111', party: 2, consultant: 'sales', note: '意向 1 号楼三房，带家人二次到访' },
    { time: '14:00', type: 'appointment' as const, name: '李女士', phone: '13900002222', party: 1, consultant: 'sales2', note: null },
    { time: '15:30', type: 'vip' as const, name: '陈总', phone: '13700003333', party: 3, consultant: 'sales', note: '老业主推荐，安排样板房参观' },
    { time: '16:30', type: 'appointment' as const, name: '赵先生', phone: null, party: 1, consultant: 'sales3', note: null },
  ];
  for (const a of appointments) {
    const visit = newVisitRow(at, {
      ...tenancy,
      visit_date: today,
      type: a.type,
      status: 'expected',
      visitor_name: a.name,
      visitor_phone: a.phone,
      party_size: a.party,
      consent_recorded: a.phone ? 1 : 0,
      consultant_id: ids.users[a.consultant]!,
      assigned_via: 'appointment',
      appointment_at: shanghaiInstant(today, a.time).toISOString(),
      vip_checklist: a.type === 'vip' ? JSON.stringify({ items: { vipAreaReserved: true, showFlatPrepared: true }, greeterName: null }) : null,
      note: a.note,
      created_by: ids.users.butler!,
    });
    await trx.insertInto('reception_visits').values(visit).execute();
    await trx
      .insertInto('reception_visit_events')
      .values({ id: uuidv7(), company_id: visit.company_id, project_id: projectId, visit_id: visit.id, action: 'create', step: null, outcome: null, from_status: null, to_status: 'expected', actor_id: visit.created_by, data: null, at })
      .execute();
  }
}
