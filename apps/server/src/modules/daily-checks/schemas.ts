import { z } from 'zod';
import { WORK_ORDER_STATUSES } from '@guanjia/domain';
import { CHECK_RESULTS, DAILY_CHECK_ACTIONS, DAILY_CHECK_STATUSES, MAX_DAILY_CHECK_TEXT } from '@guanjia/domain/sales-site/daily-check';
import { pageOf, pageQuery } from '../../platform/http/paging.js';

const idRef = z.string().min(1).max(64);
const version = z.number().int().min(1).optional();
export const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'field.invalidFormat')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { message: 'field.invalidFormat' });
const person = z.object({ id: z.string(), name: z.string() });

export const idParams = z.object({ id: idRef });
export const projectParams = z.object({ projectId: idRef });

export const templateItemSchema = z.object({ key: z.string(), text: z.string(), departmentId: z.string().nullable(), departmentName: z.string().nullable() });
export const templateSchema = z.object({
  projectId: z.string(),
  items: z.array(templateItemSchema),
  /** 0 while the project uses the seed's defaults (nothing saved yet). */
  version: z.number().int(),
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: person.nullable(),
});
export type TemplateView = z.infer<typeof templateSchema>;

export const saveTemplateBody = z
  .object({
    items: z
      .array(
        z
          .object({
            key: z.string().refine((k) => /^[A-Za-z0-9_-]{1,64}$/.test(k), { message: 'dailyCheck.field.keyFormat' }).optional(),
            text: z.string().trim().min(1).max(MAX_DAILY_CHECK_TEXT),
            departmentId: idRef.nullish(),
          })
          .strict(),
      )
      // The domain rule says 30 with its own message; this only bounds the request.
      .max(100),
    /** The version read; 0 when editing the defaults. */
    version: z.number().int().min(0),
  })
  .strict();
export type SaveTemplateBody = z.infer<typeof saveTemplateBody>;

export const checkItemSchema = z.object({
  id: z.string(),
  key: z.string(),
  position: z.number().int(),
  text: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  result: z.enum(CHECK_RESULTS).nullable(),
  note: z.string().nullable(),
  photoIds: z.array(z.string()),
  workOrder: z.object({ id: z.string(), number: z.string(), status: z.enum(WORK_ORDER_STATUSES) }).nullable(),
  answeredBy: person.nullable(),
  answeredAt: z.string().nullable(),
  version: z.number().int(),
});

export const checkEventSchema = z.object({
  action: z.enum(['start', 'answer', 'complete']),
  itemId: z.string().nullable(),
  actor: person,
  at: z.string(),
  data: z.record(z.string(), z.unknown()).nullable(),
});

export const checkSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  salesCenterId: z.string(),
  salesCenterName: z.string(),
  businessDate: z.string(),
  status: z.enum(DAILY_CHECK_STATUSES),
  startedBy: person,
  startedAt: z.string(),
  completedBy: person.nullable(),
  completedAt: z.string().nullable(),
  items: z.array(checkItemSchema),
  unanswered: z.number().int(),
  failed: z.number().int(),
  allowedActions: z.array(z.enum(DAILY_CHECK_ACTIONS)),
  history: z.array(checkEventSchema),
  version: z.number().int(),
});
export type CheckView = z.infer<typeof checkSchema>;

export const startBody = z.object({ salesCenterId: idRef }).strict();
export const todayQuery = z.object({ salesCenterId: idRef });
export const todaySchema = z.object({ businessDate: z.string(), salesCenterId: z.string(), check: checkSchema.nullable() });

export const answerItemBody = z
  .object({
    result: z.enum(CHECK_RESULTS),
    /** Omitted: the note stays; null or "": cleared. */
    note: z.string().trim().max(1000).nullish(),
    /** Omitted: the photos stay; otherwise the full list. */
    photoIds: z.array(idRef).max(9).optional(),
    version,
  })
  .strict();
export type AnswerItemBody = z.infer<typeof answerItemBody>;
export const completeBody = z.object({ version }).strict();

export const overviewQuery = z.object({ projectId: idRef.optional(), date: dateField.optional() });
export const daySummarySchema = z.object({
  salesCenterId: z.string(),
  salesCenterName: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  businessDate: z.string(),
  state: z.enum(['notStarted', ...DAILY_CHECK_STATUSES]),
  checkId: z.string().nullable(),
  startedBy: person.nullable(),
  startedAt: z.string().nullable(),
  completedBy: person.nullable(),
  completedAt: z.string().nullable(),
  itemCount: z.number().int(),
  answeredCount: z.number().int(),
  failedCount: z.number().int(),
});
export type DaySummaryView = z.infer<typeof daySummarySchema>;
export const overviewSchema = z.object({ businessDate: z.string(), items: z.array(daySummarySchema) });

export const listChecksQuery = pageQuery.extend({ projectId: idRef, salesCenterId: idRef.optional(), from: dateField.optional(), to: dateField.optional() });
export type ListChecksQuery = z.infer<typeof listChecksQuery>;
export const checkPageSchema = pageOf(daySummarySchema);
