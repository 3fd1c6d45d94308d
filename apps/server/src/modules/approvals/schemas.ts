import { z } from 'zod';
import { ROLES } from '@guanjia/domain';
import { APPROVAL_ACTIONS, APPROVAL_HISTORY_ACTIONS, APPROVAL_STATUSES, NON_APPROVER_ROLES } from '@guanjia/domain/approvals/approval-flow';
import { pageQuery } from '../../platform/http/paging.js';

const comment = z.string().trim().max(1000);
const title = z.string().trim().min(1).max(200);
const description = z.string().trim().max(4000);

export const approvalIdParams = z.object({ id: z.string().min(1).max(64) });
export const documentTypeParams = z.object({ documentType: z.string().regex(/^[a-z][A-Za-z0-9._-]{0,63}$/) });

export const submitGenericBody = z
  .object({
    documentType: z.literal('generic'),
    title,
    projectId: z.string().min(1).max(64),
    description: description.optional(),
  })
  .strict();

export const approveBody = z.object({ comment: comment.optional() }).strict();
export const rejectBody = z.object({ comment: comment.min(1) }).strict();
export const cancelBody = z.object({ comment: comment.optional() }).strict();
export const resubmitBody = z.object({ title: title.optional(), description: description.optional(), comment: comment.optional() }).strict();

export const myApprovalsQuery = pageQuery.extend({ status: z.enum(APPROVAL_STATUSES).optional() });

const stepSchema = z.object({
  role: z.enum(ROLES).refine((r) => !NON_APPROVER_ROLES.includes(r), { message: 'approvals.field.notApproverRole' }),
});
export const chainBody = z
  .object({
    steps: z.array(stepSchema.strict()).min(1).max(10),
    version: z.number().int().min(1).optional(),
  })
  .strict();

export const chainSchema = z.object({
  documentType: z.string(),
  steps: z.array(z.object({ role: z.enum(ROLES) })),
  isDefault: z.boolean(),
  version: z.number().int().nullable(),
});

export const approvalItemSchema = z.object({
  id: z.string(),
  documentType: z.string(),
  documentId: z.string(),
  title: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  status: z.enum(APPROVAL_STATUSES),
  step: z.number().int().describe('1-based step the request waits at (the last step acted on once decided)'),
  stepCount: z.number().int(),
  currentRole: z.enum(ROLES).nullable(),
  submittedBy: z.object({ id: z.string(), name: z.string() }),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  revision: z.number().int(),
});

export const approvalDetailSchema = approvalItemSchema.extend({
  description: z.string().nullable(),
  steps: z.array(z.object({ role: z.enum(ROLES) })),
  version: z.number().int(),
  history: z.array(
    z.object({
      at: z.string(),
      actor: z.object({ id: z.string(), name: z.string() }),
      action: z.enum(APPROVAL_HISTORY_ACTIONS),
      step: z.number().int(),
      revision: z.number().int(),
      comment: z.string().nullable(),
    }),
  ),
  allowedActions: z.array(z.enum(APPROVAL_ACTIONS)),
});
