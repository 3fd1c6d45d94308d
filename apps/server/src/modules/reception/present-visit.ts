import { canRevealVisitorPhone, secondsWaited, visitActionsFor, visitorPhoneShown } from '@guanjia/domain/reception/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { userNames, visitActorOf, type AlertRow, type VisitRow } from './reception-access.js';
import type { AlertView, VisitView } from './schemas.js';
import { accompanimentOf, loadJourneys, parseChecklist, type JourneyEntry } from './visit-journey.js';

/** What presenting a batch of visits needs beyond the rows: people's names and each visit's journey. */
export interface VisitContext {
  names: Map<string, string>;
  journeys: Map<string, JourneyEntry[]>;
}

export async function loadVisitContext(db: DbOrTx, visits: readonly VisitRow[], extraUserIds: readonly (string | null)[] = []): Promise<VisitContext> {
  const journeys = await loadJourneys(db, visits.map((v) => v.id));
  const people = [...visits.flatMap((v) => [v.consultant_id, v.skipped_consultant_id]), ...[...journeys.values()].flat().map((j) => j.actorId), ...extraUserIds];
  return { names: await userNames(db, people), journeys };
}

const person = (names: Map<string, string>, id: string) => ({ id, name: names.get(id) ?? '' });

/** A visit as this viewer may see it: the phone masked, revealable (and logged) by the desk and the visitor's consultant. */
export function presentVisit(v: VisitRow, viewer: Actor, ctx: VisitContext, now: Date): VisitView {
  const journey = ctx.journeys.get(v.id) ?? [];
  const checklist = parseChecklist(v.vip_checklist);
  return {
    id: v.id,
    projectId: v.project_id,
    salesCenterId: v.sales_center_id,
    visitDate: v.visit_date,
    type: v.type,
    status: v.status,
    visitorName: v.visitor_name,
    visitorPhone: visitorPhoneShown(v.visitor_phone),
    visitorPhoneRevealable: v.visitor_phone !== null && canRevealVisitorPhone(viewer, { projectId: v.project_id, consultantId: v.consultant_id }),
    partySize: v.party_size,
    consentRecorded: v.consent_recorded === 1,
    consultant: person(ctx.names, v.consultant_id),
    assignedVia: v.assigned_via,
    rotationTurn: v.rotation_turn,
    skippedConsultant: v.skipped_consultant_id ? person(ctx.names, v.skipped_consultant_id) : null,
    overrideReason: v.override_reason,
    appointmentAt: v.appointment_at,
    shuttleBus: v.shuttle_bus === 1,
    vipChecklist: checklist ? { items: checklist.items as Record<string, boolean>, greeterName: checklist.greeterName ?? null } : null,
    note: v.note,
    checkedInAt: v.checked_in_at,
    notifiedAt: v.notified_at,
    receivedAt: v.received_at,
    departedAt: v.departed_at,
    closingQuestionAsked: v.closing_question_asked === 1,
    cancelledAt: v.cancelled_at,
    cancelReason: v.cancel_reason,
    secondsWaited: secondsWaited({ status: v.status, checkedInAt: v.checked_in_at, notifiedAt: v.notified_at, receivedAt: v.received_at }, now),
    journey: journey.map((j) => ({ step: j.step, outcome: j.outcome, at: j.at, by: j.actorId ? person(ctx.names, j.actorId) : null, note: j.note })),
    accompaniment: accompanimentOf(v, journey),
    allowedActions: visitActionsFor({ status: v.status, consultantId: v.consultant_id }, visitActorOf(viewer)),
    version: v.version,
    createdAt: v.created_at,
    updatedAt: v.updated_at,
  };
}

export async function presentVisits(db: DbOrTx, viewer: Actor, visits: readonly VisitRow[], now: Date): Promise<VisitView[]> {
  const ctx = await loadVisitContext(db, visits);
  return visits.map((v) => presentVisit(v, viewer, ctx, now));
}

export async function presentOneVisit(db: DbOrTx, viewer: Actor, visit: VisitRow, now: Date): Promise<VisitView> {
  return (await presentVisits(db, viewer, [visit], now))[0]!;
}

export function presentAlert(a: AlertRow & { visitor_name: string }, names: Map<string, string>): AlertView {
  return {
    id: a.id,
    visitId: a.visit_id,
    salesCenterId: a.sales_center_id,
    visitorName: a.visitor_name,
    consultant: person(names, a.consultant_id),
    notifiedAt: a.notified_at,
    raisedAt: a.raised_at,
    handledAt: a.handled_at,
    handledBy: a.handled_by ? person(names, a.handled_by) : null,
    handledHow: a.handled_how,
    note: a.note,
    version: a.version,
  };
}
