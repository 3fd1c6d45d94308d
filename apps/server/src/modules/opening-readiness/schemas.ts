import { z } from 'zod';
import { EQUIPMENT_ACTIONS, EQUIPMENT_STATUSES } from '@guanjia/domain/opening-readiness/equipment-flow';
import { OPENING_MILESTONE_KEYS } from '@guanjia/domain/opening-readiness/milestones';
import { dateField } from '../daily-checks/schemas.js';
import { nameField } from '../staff/schemas.js';

const idRef = z.string().min(1).max(64);
const version = z.number().int().min(1).optional();
const person = z.object({ id: z.string(), name: z.string() });
const text = (max: number) => z.string().trim().max(max);

export const READINESS_COLOURS = ['green', 'amber', 'red', 'grey'] as const;
export const EQUIPMENT_PLACE_KINDS = ['clubhouse', 'showFlat'] as const;
const colour = z.enum(READINESS_COLOURS);

export const idParams = z.object({ id: idRef });
export const projectQuery = z.object({ projectId: idRef });

// ---- bodies

/** The three dates as they should be; null clears a date (and removes its milestones). */
export const setOpeningDatesBody = z
  .object({
    projectId: idRef,
    firstLaunchDate: dateField.nullable(),
    clubhouseOpeningDate: dateField.nullable(),
    showFlatOpeningDate: dateField.nullable(),
    reason: text(500).optional(),
    version,
  })
  .strict();
export type SetOpeningDatesBody = z.infer<typeof setOpeningDatesBody>;

export const assignMilestoneBody = z.object({ ownerId: idRef.nullable(), version }).strict();
export type AssignMilestoneBody = z.infer<typeof assignMilestoneBody>;

export const markMilestoneDoneBody = z.object({ note: text(500).optional(), version }).strict();
export type MarkMilestoneDoneBody = z.infer<typeof markMilestoneDoneBody>;

export const reopenMilestoneBody = z.object({ reason: text(500).optional(), version }).strict();
export type ReopenMilestoneBody = z.infer<typeof reopenMilestoneBody>;

export const createEquipmentItemBody = z
  .object({
    projectId: idRef,
    placeKind: z.enum(EQUIPMENT_PLACE_KINDS),
    placeName: nameField,
    itemName: nameField,
    quantity: z.number().int().min(1).max(100_000),
    note: text(500).optional(),
  })
  .strict();
export type CreateEquipmentItemBody = z.infer<typeof createEquipmentItemBody>;

export const updateEquipmentItemBody = z
  .object({
    placeKind: z.enum(EQUIPMENT_PLACE_KINDS).optional(),
    placeName: nameField.optional(),
    itemName: nameField.optional(),
    quantity: z.number().int().min(1).max(100_000).optional(),
    note: text(500).nullable().optional(),
    version,
  })
  .strict();
export type UpdateEquipmentItemBody = z.infer<typeof updateEquipmentItemBody>;

export const removeEquipmentItemQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const equipmentActionParams = z.object({ id: idRef, action: z.enum(EQUIPMENT_ACTIONS) });
export const equipmentActionBody = z.object({ reason: text(500).optional(), version }).strict();
export type EquipmentActionBody = z.infer<typeof equipmentActionBody>;

// ---- views

export const openingDatesSchema = z.object({
  firstLaunchDate: z.string().nullable(),
  clubhouseOpeningDate: z.string().nullable(),
  showFlatOpeningDate: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: person.nullable(),
});
export type OpeningDatesView = z.infer<typeof openingDatesSchema>;

export const milestoneSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  key: z.enum(OPENING_MILESTONE_KEYS),
  /** The seed's clause (4.4.1, 4.4.2, 4.1). */
  clause: z.string(),
  title: z.string(),
  titleEn: z.string(),
  anchor: z.enum(['firstLaunchDate', 'clubhouseOpeningDate', 'showFlatOpeningDate']),
  dueDate: z.string(),
  /** Calendar days from today (Shanghai) to the due date; negative once past. */
  daysLeft: z.number().int(),
  colour,
  done: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: person.nullable(),
  owner: person.nullable(),
  note: z.string().nullable(),
  alertLevel: z.enum(['none', 'amber', 'red']),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type MilestoneView = z.infer<typeof milestoneSchema>;

const countsSchema = z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int(), grey: z.number().int() });
export type ColourCounts = z.infer<typeof countsSchema>;

export const equipmentProgressSchema = z.object({
  total: z.number().int(),
  inPlace: z.number().int(),
  byStatus: z.object(Object.fromEntries(EQUIPMENT_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof EQUIPMENT_STATUSES)[number], z.ZodNumber>),
  allInPlace: z.boolean(),
});

export const equipmentItemSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  placeKind: z.enum(EQUIPMENT_PLACE_KINDS),
  placeName: z.string(),
  itemName: z.string(),
  quantity: z.number().int(),
  status: z.enum(EQUIPMENT_STATUSES),
  /** 落实到位: checked. */
  inPlace: z.boolean(),
  allowedActions: z.array(z.enum(EQUIPMENT_ACTIONS)),
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EquipmentItemView = z.infer<typeof equipmentItemSchema>;

export const equipmentItemDetailSchema = equipmentItemSchema.extend({
  history: z.array(
    z.object({
      action: z.string(),
      fromStatus: z.enum(EQUIPMENT_STATUSES).nullable(),
      toStatus: z.enum(EQUIPMENT_STATUSES).nullable(),
      reason: z.string().nullable(),
      actor: person.nullable(),
      at: z.string(),
    }),
  ),
});
export type EquipmentItemDetailView = z.infer<typeof equipmentItemDetailSchema>;

export const equipmentPlaceSchema = z.object({
  kind: z.enum(EQUIPMENT_PLACE_KINDS),
  name: z.string(),
  progress: equipmentProgressSchema,
  items: z.array(equipmentItemSchema),
});

export const readinessSchema = z.object({
  project: z.object({ id: z.string(), name: z.string() }),
  /** The Asia/Shanghai date the colours are computed for. */
  today: z.string(),
  dates: openingDatesSchema.nullable(),
  milestones: z.array(milestoneSchema),
  counts: countsSchema,
  /** red > amber > grey > green; null without milestones. */
  worstColour: colour.nullable(),
  equipment: z.object({ places: z.array(equipmentPlaceSchema), total: equipmentProgressSchema }),
  /** Staff of the project a milestone may be given to. */
  assignableOwners: z.array(person),
});
export type ReadinessView = z.infer<typeof readinessSchema>;

export const overviewSchema = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      project: z.object({ id: z.string(), name: z.string() }),
      dates: openingDatesSchema.nullable(),
      counts: countsSchema,
      worstColour: colour.nullable(),
      /** The earliest milestone not done yet (red when already overdue). */
      nextDue: milestoneSchema.pick({ id: true, key: true, title: true, titleEn: true, dueDate: true, daysLeft: true, colour: true, owner: true }).nullable(),
      equipment: z.object({ total: z.number().int(), inPlace: z.number().int() }),
    }),
  ),
});
export type OverviewView = z.infer<typeof overviewSchema>;
