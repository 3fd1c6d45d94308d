import { compiledResponse } from '../../platform/http/serializer.js';
import { z } from 'zod';
import {
  ALERT_HANDLINGS,
  JOURNEY_STEPS,
  MANUAL_ALERT_HANDLINGS,
  MAX_ALERT_THRESHOLD_SECONDS,
  MIN_ALERT_THRESHOLD_SECONDS,
  RECORDABLE_STEPS,
  STEP_OUTCOMES,
  VIP_PROTOCOL_CODES,
  VISIT_ACTIONS,
  VISIT_STATUSES,
  VISIT_TYPES,
} from '@guanjia/domain/reception/index';
import { hhmmToMinutes } from '@guanjia/domain';
import { pageQuery } from '../../platform/http/paging.js';
import { searchParam } from '../../platform/db/text-search.js';
import { idRef } from '../../platform/http/schema-parts.js';

export { idRef };
export const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, { message: 'field.invalidFormat' });
const timeField = z.string().refine((v) => !Number.isNaN(hhmmToMinutes(v)) && v !== '24:00', { message: 'reception.field.timeFormat' });
const visitorName = z.string().trim().min(1).max(50);
const visitorPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{4,19}$/);
const partySize = z.number().int().min(1).max(500);
const reason = z.string().trim().min(1).max(500);
const note = z.string().trim().max(500);
const version = z.number().int().min(0);

export const vipChecklistBody = z
  .object({
    items: z.partialRecord(z.enum(VIP_PROTOCOL_CODES), z.boolean()).default({}),
    greeterName: z.string().trim().max(50).nullish(),
  })
  .strict();
export type VipChecklistBody = z.infer<typeof vipChecklistBody>;

// Check-in: one body per kind of arrival; `consentRecorded` is asked every time (phone only with consent).
const arrival = { consentRecorded: z.boolean(), note: note.optional() };
export const checkInBody = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('appointment'),
      appointmentId: idRef,
      /** The consultant the visitor names, when it is not the one booked (the seed: ask for the name first). */
      consultantId: idRef.optional(),
      partySize: partySize.optional(),
      vipChecklist: vipChecklistBody.optional(),
      ...arrival,
    })
    .strict(),
  z
    .object({
      type: z.literal('walkIn'),
      salesCenterId: idRef,
      visitorName,
      visitorPhone: visitorPhone.optional(),
      partySize: partySize.default(1),
      /** Set only when the visitor asks for a consultant by name; otherwise the rotation picks. */
      consultantId: idRef.optional(),
      ...arrival,
    })
    .strict(),
  z
    .object({
      type: z.literal('viewingGroup'),
      salesCenterId: idRef,
      visitorName,
      visitorPhone: visitorPhone.optional(),
      partySize: z.number().int().min(2).max(500),
      shuttleBus: z.boolean(),
      consultantId: idRef.optional(),
      ...arrival,
    })
    .strict(),
  z
    .object({
      type: z.literal('vip'),
      salesCenterId: idRef,
      visitorName,
      visitorPhone: visitorPhone.optional(),
      partySize: partySize.default(1),
      consultantId: idRef.optional(),
      vipChecklist: vipChecklistBody.optional(),
      ...arrival,
    })
    .strict(),
]);
export type CheckInBody = z.infer<typeof checkInBody>;

export const createAppointmentBody = z
  .object({
    salesCenterId: idRef,
    type: z.enum(['appointment', 'vip', 'viewingGroup']).default('appointment'),
    visitorName,
    visitorPhone: visitorPhone.optional(),
    partySize: partySize.default(1),
    consultantId: idRef,
    date: dateField,
    time: timeField,
    shuttleBus: z.boolean().default(false),
    consentRecorded: z.boolean(),
    note: note.optional(),
  })
  .strict();
export type CreateAppointmentBody = z.infer<typeof createAppointmentBody>;

export const updateAppointmentBody = z
  .object({
    visitorName: visitorName.optional(),
    visitorPhone: visitorPhone.nullable().optional(),
    partySize: partySize.optional(),
    consultantId: idRef.optional(),
    date: dateField.optional(),
    time: timeField.optional(),
    shuttleBus: z.boolean().optional(),
    consentRecorded: z.boolean().optional(),
    note: note.nullable().optional(),
    version: version.optional(),
  })
  .strict();
export type UpdateAppointmentBody = z.infer<typeof updateAppointmentBody>;

export const reasonBody = z.object({ reason, version: version.optional() }).strict();
export type ReasonBody = z.infer<typeof reasonBody>;
export const versionBody = z.object({ version: version.optional() }).strict();
export type VersionBody = z.infer<typeof versionBody>;
export const reassignBody = z.object({ consultantId: idRef, reason, version: version.optional() }).strict();
export type ReassignBody = z.infer<typeof reassignBody>;
export const stepBody = z.object({ step: z.enum(RECORDABLE_STEPS), outcome: z.enum(STEP_OUTCOMES).default('done'), note: note.optional() }).strict();
export type StepBody = z.infer<typeof stepBody>;
export const farewellBody = z.object({ closingQuestionAsked: z.boolean(), note: note.optional(), version: version.optional() }).strict();
export type FarewellBody = z.infer<typeof farewellBody>;
export const updateChecklistBody = vipChecklistBody.extend({ version: version.optional() }).strict();
export type UpdateChecklistBody = z.infer<typeof updateChecklistBody>;
export const handleAlertBody = z.object({ how: z.enum(MANUAL_ALERT_HANDLINGS), note: note.optional() }).strict();
export type HandleAlertBody = z.infer<typeof handleAlertBody>;

export const updateSettingsBody = z
  .object({ salesCenterId: idRef, alertThresholdSeconds: z.number().int().min(MIN_ALERT_THRESHOLD_SECONDS).max(MAX_ALERT_THRESHOLD_SECONDS), version: version.optional() })
  .strict();
export type UpdateSettingsBody = z.infer<typeof updateSettingsBody>;

export const setRosterBody = z
  .object({
    salesCenterId: idRef,
    date: dateField,
    entries: z.array(z.object({ consultantId: idRef, onDuty: z.boolean() }).strict()).max(100),
  })
  .strict();
export type SetRosterBody = z.infer<typeof setRosterBody>;

export const createServiceBody = z.object({ projectId: idRef, name: z.string().trim().min(1).max(100) }).strict();
export type CreateServiceBody = z.infer<typeof createServiceBody>;
export const updateServiceBody = z.object({ name: z.string().trim().min(1).max(100).optional(), enabled: z.boolean().optional(), version: version.optional() }).strict();
export type UpdateServiceBody = z.infer<typeof updateServiceBody>;
export const recordServiceBody = z.object({ salesCenterId: idRef, serviceId: idRef, visitId: idRef.optional(), note: note.optional() }).strict();
export type RecordServiceBody = z.infer<typeof recordServiceBody>;

// Queries.
export const idParams = z.object({ id: idRef });
export const centerQuery = z.object({ salesCenterId: idRef });
export const centerDayQuery = z.object({ salesCenterId: idRef, date: dateField.optional() });
export const projectQuery = z.object({ projectId: idRef });
export const myVisitsQuery = z.object({ date: dateField.optional() });
export const appointmentsQuery = pageQuery.extend({
  salesCenterId: idRef,
  date: dateField.optional(),
  q: searchParam,
  status: z.enum(VISIT_STATUSES).optional(),
});
export type AppointmentsQuery = z.infer<typeof appointmentsQuery>;
export const visitsQuery = pageQuery.extend({
  salesCenterId: idRef,
  dateFrom: dateField.optional(),
  dateTo: dateField.optional(),
  type: z.enum(VISIT_TYPES).optional(),
  status: z.enum(VISIT_STATUSES).optional(),
  consultantId: idRef.optional(),
  complete: z.enum(['true', 'false']).optional(),
  q: searchParam,
});
export type VisitsQuery = z.infer<typeof visitsQuery>;

// Responses.
const person = z.object({ id: z.string(), name: z.string() });
export const vipChecklistSchema = z.object({ items: z.record(z.string(), z.boolean()), greeterName: z.string().nullable() });
export const journeyEntrySchema = z.object({
  step: z.enum(JOURNEY_STEPS),
  outcome: z.enum(STEP_OUTCOMES),
  at: z.string(),
  by: person.nullable(),
  note: z.string().nullable(),
});
export const accompanimentSchema = z.object({
  applicable: z.boolean(),
  complete: z.boolean(),
  required: z.array(z.enum(JOURNEY_STEPS)),
  missing: z.array(z.string()),
});
export const visitSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  salesCenterId: z.string(),
  visitDate: z.string(),
  type: z.enum(VISIT_TYPES),
  status: z.enum(VISIT_STATUSES),
  visitorName: z.string(),
  /** Masked for every viewer; see visitorPhoneRevealable. */
  visitorPhone: z.string().nullable(),
  /** The viewer may ask POST /api/personal-data/reveal for the full number (the read is logged). */
  visitorPhoneRevealable: z.boolean(),
  partySize: z.number().int(),
  consentRecorded: z.boolean(),
  consultant: person,
  assignedVia: z.enum(['appointment', 'rotation', 'override', 'requested']),
  rotationTurn: z.number().int().nullable(),
  skippedConsultant: person.nullable(),
  overrideReason: z.string().nullable(),
  appointmentAt: z.string().nullable(),
  shuttleBus: z.boolean(),
  vipChecklist: vipChecklistSchema.nullable(),
  note: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  departedAt: z.string().nullable(),
  closingQuestionAsked: z.boolean(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** Seconds the visitor has waited for (or waited before) the consultant, at `now` of the response. */
  secondsWaited: z.number().int().nullable(),
  journey: z.array(journeyEntrySchema),
  accompaniment: accompanimentSchema,
  allowedActions: z.array(z.enum(VISIT_ACTIONS)),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VisitView = z.infer<typeof visitSchema>;

export const alertSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  salesCenterId: z.string(),
  visitorName: z.string(),
  consultant: person,
  notifiedAt: z.string(),
  raisedAt: z.string(),
  handledAt: z.string().nullable(),
  handledBy: person.nullable(),
  handledHow: z.enum(ALERT_HANDLINGS).nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type AlertView = z.infer<typeof alertSchema>;

export const visitEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  step: z.string().nullable(),
  outcome: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  actor: person.nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
});
export const visitDetailSchema = visitSchema.extend({ events: z.array(visitEventSchema), alerts: z.array(alertSchema) });

export const receiveResultSchema = visitSchema.extend({ alreadyReceived: z.boolean() });

export const standingSchema = z.object({
  consultantId: z.string(),
  consultantName: z.string(),
  position: z.number().int(),
  onDuty: z.boolean(),
  busy: z.boolean(),
  walkIns: z.number().int(),
  turnCredit: z.number().int(),
  available: z.boolean(),
});
export const rotationSchema = z.object({
  next: person.nullable(),
  reason: z.enum(['nobodyOnDuty', 'allBusy']).nullable(),
  /** In the order the rotation serves them: the first available one is next. */
  standings: z.array(standingSchema),
});

export const settingsSchema = z.object({ salesCenterId: z.string(), alertThresholdSeconds: z.number().int(), version: z.number().int() });

/** Written by fast-json-stringify: a busy day's board is read by every tablet and phone at each change. */
export const boardSchema = compiledResponse(
  z.object({
    salesCenter: z.object({ id: z.string(), name: z.string(), projectId: z.string() }),
    date: z.string(),
    now: z.string(),
    alertThresholdSeconds: z.number().int(),
    appointments: z.array(visitSchema),
    onSite: z.array(visitSchema),
    vips: z.array(visitSchema),
    alerts: z.array(alertSchema),
    departedCount: z.number().int(),
    rotation: rotationSchema,
  }),
);

export const rosterEntrySchema = standingSchema.extend({ id: z.string(), version: z.number().int() });
export const rosterSchema = z.object({
  salesCenterId: z.string(),
  date: z.string(),
  entries: z.array(rosterEntrySchema),
  rotation: rotationSchema,
  hosts: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()) })),
});

export const myVisitsSchema = z.object({
  date: z.string(),
  now: z.string(),
  alertThresholdSeconds: z.number().int(),
  items: z.array(visitSchema),
  handOffs: z.array(z.object({ visitId: z.string(), visitorName: z.string(), type: z.enum(VISIT_TYPES), at: z.string(), salesCenterId: z.string() })),
});

export const referenceServiceSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  number: z.number().int(),
  name: z.string(),
  enabled: z.boolean(),
  origin: z.enum(['seed', 'custom']),
  version: z.number().int(),
});
export const serviceRecordSchema = z.object({
  id: z.string(),
  salesCenterId: z.string(),
  service: z.object({ id: z.string(), number: z.number().int(), name: z.string() }),
  visitId: z.string().nullable(),
  visitorName: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: person,
  recordedAt: z.string(),
});
export const hostsSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()) })) });
