/**
 * Purposes an owner consents to one by one (PIPL asks for consent per purpose). The text version is
 * stored with each consent so what the owner agreed to can be shown later; a new wording gets a new version.
 */
export const CONSENT_PURPOSES = ['serviceProfile', 'marketingMessages', 'photoSharing'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface ConsentPurposeText {
  version: string;
  title: { 'zh-CN': string; en: string };
  text: { 'zh-CN': string; en: string };
}

export const CONSENT_PURPOSE_TEXTS: Record<ConsentPurpose, ConsentPurposeText> = {
  serviceProfile: {
    version: 'serviceProfile-2026-01',
    title: { 'zh-CN': '保存问卷答案，建立个性化服务需求档案', en: 'Keep the questionnaire answers in a personal service profile' },
    text: {
      'zh-CN':
        '为了在您入住后提供有针对性的管家服务，我们希望保存您在调查问卷中填写的家庭成员、生日、个性、喜好、消费习惯和服务需求，建立您家的个性化服务需求档案。档案仅供为您服务的物业管家及处理您家工单的工作人员查看，不会提供给第三方。您可以拒绝，也可以随时联系管家撤回同意；撤回后工作人员将不再看到您的问卷答案。',
      en:
        'To serve you in a personal way after you move in, we would like to keep what you tell us in this questionnaire — household members, birthdays, personalities, preferences, consumption habits and service needs — in your household’s service profile. Only your butlers and the staff handling your household’s work orders see it; it is never given to third parties. You may decline, and you may withdraw at any time through your butler; staff then no longer see your answers.',
    },
  },
  marketingMessages: {
    version: 'marketingMessages-2026-01',
    title: { 'zh-CN': '接收社区活动与优惠信息', en: 'Receive community events and offers' },
    text: {
      'zh-CN': '我们会通过短信或公众号向您发送社区活动、会所活动及商家优惠信息。您可以随时退订。',
      en: 'We send community and clubhouse events and merchant offers by text message or our official account. You may unsubscribe at any time.',
    },
  },
  photoSharing: {
    version: 'photoSharing-2026-01',
    title: { 'zh-CN': '在社区活动宣传中使用照片', en: 'Use photos in community event publicity' },
    text: {
      'zh-CN': '社区活动中拍摄的含有您或家人的照片，可能用于社区公告栏和公众号宣传。',
      en: 'Photos of you or your family taken at community events may be shown on notice boards and our official account.',
    },
  },
};
