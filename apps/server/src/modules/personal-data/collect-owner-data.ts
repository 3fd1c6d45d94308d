import type { DbOrTx } from '../../platform/db/transaction.js';
import { coBuyersOf } from '../deals/deal-access.js';
import { ownerDeals, ownerMemberships, ownerWorkOrderIds, type OwnerRow } from './owner-scope.js';

const json = (text: string | null): unknown => (text ? (JSON.parse(text) as unknown) : null);

/**
 * Everything we hold about one owner, as the owner may receive it (PIPL art. 45): their record,
 * households and memberships, consents, deals, signed documents (metadata and archived hashes, not
 * the PDFs), questionnaire answers, the service profiles of their households, the work orders they
 * asked for with their history, messages sent to them and their invitation links. Nothing of
 * another person is added beyond what is about this owner (other members' numbers are not listed).
 */
export async function collectOwnerData(db: DbOrTx, owner: OwnerRow, now: Date = new Date()) {
  const [project, memberships, consents, deals, signatures, responses, workOrderIds, messages, invitations] = await Promise.all([
    db.selectFrom('projects').select(['id', 'name']).where('id', '=', owner.project_id).executeTakeFirstOrThrow(),
    ownerMemberships(db, owner.id),
    db.selectFrom('consents').selectAll().where('owner_id', '=', owner.id).orderBy('id').execute(),
    ownerDeals(db, owner),
    db
      .selectFrom('owner_document_signatures as s')
      .leftJoin('files as f', 'f.id', 's.pdf_file_id')
      .select(['s.id', 's.kind', 's.title', 's.version_no', 's.text_sha256', 's.signed_at', 'f.sha256 as pdf_sha256'])
      .where('s.owner_id', '=', owner.id)
      .orderBy('s.signed_at')
      .execute(),
    db
      .selectFrom('questionnaire_responses as r')
      .innerJoin('questionnaires as q', 'q.id', 'r.questionnaire_id')
      .select(['r.id', 'r.answers', 'r.method', 'r.submitted_at', 'q.title', 'q.version_no'])
      .where('r.owner_id', '=', owner.id)
      .orderBy('r.submitted_at')
      .execute(),
    ownerWorkOrderIds(db, owner),
    db
      .selectFrom('messages')
      .select(['id', 'channel', 'topic', 'title', 'body', 'status', 'created_at', 'sent_at'])
      .where('owner_id', '=', owner.id)
      .orderBy('id')
      .execute(),
    db.selectFrom('owner_invitations').select(['id', 'created_at', 'expires_at', 'revoked_at']).where('owner_id', '=', owner.id).orderBy('created_at').execute(),
  ]);
  const householdIds = memberships.map((m) => m.household_id);
  const [profiles, orders, events] = await Promise.all([
    householdIds.length ? db.selectFrom('service_profiles').selectAll().where('household_id', 'in', householdIds).execute() : [],
    workOrderIds.length ? db.selectFrom('work_orders').selectAll().where('id', 'in', workOrderIds).orderBy('id').execute() : [],
    workOrderIds.length
      ? db.selectFrom('work_order_events').select(['work_order_id', 'action', 'from_status', 'to_status', 'reason', 'created_at']).where('work_order_id', 'in', workOrderIds).orderBy('id').execute()
      : [],
  ]);
  return {
    generatedAt: now.toISOString(),
    owner: { id: owner.id, name: owner.name, phone: owner.phone, idNumber: owner.id_number, project: project.name, createdAt: owner.created_at },
    households: memberships.map((m) => ({ householdId: m.household_id, unit: `${m.building_name} ${m.unit_code}`, householdName: m.household_name, relation: m.relation, since: m.created_at })),
    consents: consents.map((c) => ({ purpose: c.purpose, granted: c.granted === 1, method: c.method, textVersion: c.text_version, note: c.note, recordedAt: c.recorded_at })),
    deals: deals.map((d) => {
      const co = coBuyersOf(d).find((c) => c.ownerId === owner.id);
      return {
        id: d.id,
        role: d.owner_id === owner.id ? 'buyer' : 'coBuyer',
        asSigned: d.owner_id === owner.id ? { name: d.buyer_name, phone: d.buyer_phone || null, idNumber: d.buyer_id_number } : { name: co?.name ?? '', phone: co?.phone ?? null, idNumber: co?.idNumber ?? null },
        signingDate: d.signing_date,
        contractNumber: d.contract_number,
        status: d.status,
      };
    }),
    signedDocuments: signatures.map((s) => ({ id: s.id, kind: s.kind, title: s.title, versionNo: s.version_no, textSha256: s.text_sha256, pdfSha256: s.pdf_sha256, signedAt: s.signed_at })),
    questionnaireAnswers: responses.map((r) => ({ id: r.id, questionnaire: r.title, versionNo: r.version_no, method: r.method, submittedAt: r.submitted_at, answers: json(r.answers) })),
    serviceProfiles: profiles.map((p) => ({
      householdId: p.household_id,
      recorded: json(p.recorded),
      // The answered layer is this owner's own questionnaire only when they were its respondent.
      answered: p.answered_owner_id === owner.id ? json(p.answered) : null,
      answeredAt: p.answered_owner_id === owner.id ? p.answered_at : null,
    })),
    workOrders: orders.map((o) => ({
      id: o.id,
      number: o.number,
      kind: o.kind,
      status: o.status,
      title: o.title,
      description: o.description,
      requesterName: o.requester_name,
      requesterPhone: o.requester_phone,
      serviceDate: o.service_date,
      satisfaction: o.satisfaction,
      createdAt: o.created_at,
      closedAt: o.closed_at,
      history: events.filter((e) => e.work_order_id === o.id).map((e) => ({ action: e.action, from: e.from_status, to: e.to_status, reason: e.reason, at: e.created_at })),
    })),
    messages: messages.map((m) => ({ id: m.id, channel: m.channel, topic: m.topic, title: m.title, body: m.body, status: m.status, createdAt: m.created_at, sentAt: m.sent_at })),
    invitations: invitations.map((i) => ({ id: i.id, createdAt: i.created_at, expiresAt: i.expires_at, revokedAt: i.revoked_at })),
  };
}

export type OwnerDataExport = Awaited<ReturnType<typeof collectOwnerData>>;
