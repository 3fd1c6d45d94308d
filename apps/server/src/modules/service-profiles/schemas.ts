import { AGE_BANDS, MEMBER_RELATIONS, PROFILE_TAGS } from '@guanjia/domain/service-profiles/index';
import { z } from 'zod';

const idRef = z.string().min(1).max(64);
const phrase = z.string().trim().min(1).max(200);
const phrases = z.array(phrase).max(50);

export const householdParams = z.object({ id: idRef });

export const birthdaySchema = z
  .object({
    calendar: z.enum(['solar', 'lunar']),
    year: z.number().int().nullish(),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    leapMonth: z.boolean().nullish(),
  })
  .strict();

export const profileMemberSchema = z
  .object({
    name: z.string().trim().min(1).max(50),
    relation: z.enum(MEMBER_RELATIONS),
    birthday: birthdaySchema.nullish(),
    ageBand: z.enum(AGE_BANDS).nullish(),
    notes: z.string().trim().max(500).nullish(),
  })
  .strict();

export const profileContentSchema = z
  .object({
    members: z.array(profileMemberSchema).max(20),
    tags: z.array(z.enum(PROFILE_TAGS)).max(PROFILE_TAGS.length),
    personality: phrases,
    preferences: phrases,
    habits: phrases,
    needs: phrases,
    usualTimes: phrases,
    notes: z.string().trim().max(2000).nullable(),
  })
  .strict();

export const updateServiceProfileBody = z.object({ version: z.number().int().min(0), profile: profileContentSchema }).strict();
export type UpdateServiceProfileBody = z.infer<typeof updateServiceProfileBody>;

const memberView = z.object({
  name: z.string(),
  relation: z.enum(MEMBER_RELATIONS),
  birthday: birthdaySchema.nullish(),
  ageBand: z.enum(AGE_BANDS).nullish(),
  notes: z.string().nullish(),
});
const contentView = profileContentSchema.extend({ members: z.array(memberView) });

export const profileSummarySchema = z.object({
  tags: z.array(z.enum(PROFILE_TAGS)),
  members: z.array(z.object({ name: z.string(), relation: z.enum(MEMBER_RELATIONS) })),
  needs: z.array(z.string()),
  preferences: z.array(z.string()),
});

export const serviceProfileSchema = z.object({
  householdId: z.string(),
  projectId: z.string(),
  householdLabel: z.string(),
  /** full: the butler team and the owner; summary: other staff serving the household's work orders. */
  access: z.enum(['full', 'summary']),
  summary: profileSummarySchema,
  /** 0 until the profile is first saved or filled. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  /** Only with full access. */
  detail: z
    .object({
      combined: contentView,
      recorded: contentView,
      /** The latest questionnaire's layer; null when there is none or it is hidden. */
      fromAnswers: contentView.nullable(),
      /** True when a questionnaire was answered but its respondent's consent is not in force. */
      answersHidden: z.boolean(),
      answeredAt: z.string().nullable(),
    })
    .nullable(),
  allowedActions: z.array(z.enum(['edit'])),
});
export type ServiceProfileView = z.infer<typeof serviceProfileSchema>;

export const profileHistorySchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      action: z.enum(['record', 'answers']),
      actor: z.object({ id: z.string(), name: z.string() }).nullable(),
      fields: z.array(z.string()),
      at: z.string(),
    }),
  ),
});
