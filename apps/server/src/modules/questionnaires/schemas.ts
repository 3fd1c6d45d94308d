import { CONSENT_PURPOSES, ENTRY_METHODS, QUESTION_TYPES, QUESTIONNAIRE_LIMITS, QUESTIONNAIRE_STATUSES, QUESTIONNAIRE_ACTIONS, STAFF_ENTRY_METHODS } from '@guanjia/domain/questionnaires/index';
import { PROFILE_FIELDS, PROFILE_TAGS } from '@guanjia/domain/service-profiles/index';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const key = z.string().trim().min(1).max(40);
const text = z.string().trim().min(1).max(QUESTIONNAIRE_LIMITS.title);

export const idParams = z.object({ id: idRef });
export const tokenParams = z.object({ token: z.string().min(20).max(100) });
export const projectQuery = z.object({ projectId: idRef });

const optionSchema = z.object({ value: key, label: text, tag: z.enum(PROFILE_TAGS).nullish() }).strict();
const questionSchema = z
  .object({
    key,
    type: z.enum(QUESTION_TYPES),
    title: text,
    help: z.string().trim().max(QUESTIONNAIRE_LIMITS.text).nullish(),
    required: z.boolean(),
    options: z.array(optionSchema).max(QUESTIONNAIRE_LIMITS.options).nullish(),
    profileField: z.enum(PROFILE_FIELDS).nullish(),
    min: z.number().nullish(),
    max: z.number().nullish(),
  })
  .strict();
const sectionSchema = z.object({ key, title: text, questions: z.array(questionSchema).max(QUESTIONNAIRE_LIMITS.questions) }).strict();
export const sectionsSchema = z.array(sectionSchema).min(1).max(QUESTIONNAIRE_LIMITS.sections);

export const createQuestionnaireBody = z
  .object({
    projectId: idRef,
    /** Start from a copy of this version; without it, from the default questionnaire of the seed. */
    copyFromId: idRef.nullish(),
  })
  .strict();
export type CreateQuestionnaireBody = z.infer<typeof createQuestionnaireBody>;

export const updateQuestionnaireBody = z
  .object({ version: z.number().int().min(1), title: text, intro: z.string().trim().max(2000).nullish(), sections: sectionsSchema })
  .strict();
export type UpdateQuestionnaireBody = z.infer<typeof updateQuestionnaireBody>;

export const versionBody = z.object({ version: z.number().int().min(1) }).strict();

/** Answers keyed by question key; their shape is checked against the version's questions in the use case. */
const answersSchema = z.record(key, z.unknown());

export const enterResponseBody = z
  .object({
    ownerId: idRef,
    householdId: idRef,
    questionnaireId: idRef,
    answers: answersSchema,
    /** How the answers reached the butler: on a call or in person (verbal), or on a filled sheet (paper). */
    method: z.enum(STAFF_ENTRY_METHODS),
    /** The owner's consent as told to the butler, recorded before the answers; omit when the owner already consented. */
    consentMethod: z.enum(STAFF_ENTRY_METHODS).nullish(),
  })
  .strict();
export type EnterResponseBody = z.infer<typeof enterResponseBody>;

export const publicConsentBody = z.object({ granted: z.boolean() }).strict();
export const publicResponseBody = z.object({ version: z.number().int().min(1), answers: answersSchema }).strict();
export type PublicResponseBody = z.infer<typeof publicResponseBody>;

export const listResponsesQuery = pageQuery.extend({ projectId: idRef });

export const questionnaireSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  versionNo: z.number().int(),
  status: z.enum(QUESTIONNAIRE_STATUSES),
  title: z.string(),
  intro: z.string().nullable(),
  sections: z.array(z.any()),
  questionCount: z.number().int(),
  responseCount: z.number().int(),
  createdBy: named,
  publishedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(QUESTIONNAIRE_ACTIONS)),
});
export type QuestionnaireView = z.infer<typeof questionnaireSchema>;

export const questionnaireListSchema = z.object({ items: z.array(questionnaireSchema.omit({ sections: true })) });

export const responseListItemSchema = z.object({
  id: z.string(),
  questionnaireId: z.string(),
  versionNo: z.number().int(),
  household: z.object({ id: z.string(), label: z.string() }),
  owner: named,
  method: z.enum(ENTRY_METHODS),
  recordedBy: named.nullable(),
  submittedAt: z.string(),
});
export const responsePageSchema = pageOf(responseListItemSchema);

export const answeredResponseSchema = responseListItemSchema.extend({
  title: z.string(),
  answers: z.array(z.object({ key: z.string(), title: z.string(), type: z.enum(QUESTION_TYPES), section: z.string(), value: z.any(), display: z.string() })),
});
export const householdResponsesSchema = z.object({
  items: z.array(answeredResponseSchema),
  /** Responses not shown because their respondent's consent is not in force. */
  hiddenCount: z.number().int(),
});

export const publicQuestionnaireSchema = z.object({
  status: z.enum(['notStarted', 'consentRefused', 'submitted']),
  consent: z.object({ granted: z.boolean(), at: z.string() }).nullable(),
  consentPurpose: z.enum(CONSENT_PURPOSES),
  consentTitle: z.string(),
  consentText: z.string(),
  consentTextVersion: z.string(),
  /** The published version, unless the owner declined (then the questions are not sent). */
  questionnaire: z.object({ id: z.string(), versionNo: z.number().int(), title: z.string(), intro: z.string().nullable(), sections: z.array(z.any()) }).nullable(),
  submittedAt: z.string().nullable(),
  /** False when the link is not tied to one household (the butler must issue it for one). */
  canSubmit: z.boolean(),
});
export type PublicQuestionnaireView = z.infer<typeof publicQuestionnaireSchema>;

export const publicSubmittedSchema = z.object({ id: z.string(), submittedAt: z.string() });
