import type { Role } from '../auth/roles.js';

/**
 * 物业管家销售配合的培训引导 (二、(五) 1–7): the topics a sales-phase training course covers, keyed
 * in code, worded as the seed words them.
 */
export const TRAINING_TOPICS = [
  'developerCulture',
  'salesProjectKnowledge',
  'propertyServiceKnowledge',
  'postProcedures',
  'onSiteDrills',
  'guestPsychologyAndSales',
  'other',
] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export const TRAINING_TOPIC_LABELS: Record<TrainingTopic, { 'zh-CN': string; en: string }> = {
  developerCulture: { 'zh-CN': '开发商的企业文化与经营理念', en: "The developer's corporate culture and business philosophy" },
  salesProjectKnowledge: { 'zh-CN': '销售项目的相关咨询与知识解答', en: 'Questions and answers on the project for sale' },
  propertyServiceKnowledge: { 'zh-CN': '物业公司及物业服务的咨询与解答', en: 'Questions and answers on the property company and its services' },
  postProcedures: { 'zh-CN': '岗位操作流程与标准', en: 'Post procedures and standards' },
  onSiteDrills: {
    'zh-CN': '现场模拟实操演练：管家接待流程、贵宾(VIP)接待服务程序、参观介绍服务、保洁服务',
    en: 'On-site simulated drills: butler reception, the VIP reception procedure, tour guidance, cleaning service',
  },
  guestPsychologyAndSales: { 'zh-CN': '宾客心理、销售技能及相关知识', en: 'Guest psychology, sales skills and related knowledge' },
  other: { 'zh-CN': '其他：规章制度、礼貌礼节、沟通协调、团队建设', en: 'Other: rules, etiquette, communication and coordination, team building' },
};

/**
 * Who a course is for: the property company's staff; the developer's sales staff (售楼员, trained
 * regularly by the consultation desk); the explainers of the brand showcase (4.5.3 讲解员).
 */
export const TRAINING_AUDIENCES = ['propertyStaff', 'salesStaff', 'explainers'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

/** The roles a course's audience is made of: a required course is owed by every person holding one. */
export const AUDIENCE_ROLES: Record<TrainingAudience, readonly Role[]> = {
  propertyStaff: ['serviceCenterManager', 'butler', 'frontline', 'technician'],
  salesStaff: ['salesConsultant', 'salesManager'],
  // The showcase post (形象岗) is staffed by the service center's butlers and front-line staff.
  explainers: ['butler', 'frontline'],
};

export function audiencesOf(roles: readonly Role[]): TrainingAudience[] {
  return TRAINING_AUDIENCES.filter((a) => AUDIENCE_ROLES[a].some((r) => roles.includes(r)));
}

export interface DefaultCourse {
  key: string;
  topic: TrainingTopic;
  title: string;
  description: string;
  durationMinutes: number;
  audience: TrainingAudience;
  required: boolean;
}

/** The course list a project starts from: every topic of 二、(五), the 讲解员 training and the 售楼员 training. */
export const DEFAULT_COURSES: readonly DefaultCourse[] = [
  {
    key: 'developerCulture',
    topic: 'developerCulture',
    title: '开发商的企业文化与经营理念',
    description: '通过开发商对接人了解并整理成文的企业文化与经营理念，供日后工作开展使用。',
    durationMinutes: 60,
    audience: 'propertyStaff',
    required: true,
  },
  {
    key: 'salesKnowledge',
    topic: 'salesProjectKnowledge',
    title: '销售配合应知应会：统一销售口径',
    description: '与开发商营销部对接建立的销售配合应知应会题库，统一销售口径，解答宾客的基础性问题。',
    durationMinutes: 90,
    audience: 'propertyStaff',
    required: true,
  },
  {
    key: 'serviceKnowledge',
    topic: 'propertyServiceKnowledge',
    title: '物业管理应知应会',
    description: '根据前期服务合同约定、行业管理规定、公司定位、服务内容及物业服务收费整理的常规问题，供销售配合期间各岗位学习。',
    durationMinutes: 90,
    audience: 'propertyStaff',
    required: true,
  },
  {
    key: 'salesStaffPropertyKnowledge',
    topic: 'propertyServiceKnowledge',
    title: '售楼员物业管理知识培训',
    description: '物业管理咨询台工作人员定期对售楼员进行物业管理等相关知识培训。',
    durationMinutes: 60,
    audience: 'salesStaff',
    required: true,
  },
  {
    key: 'explainerTraining',
    topic: 'propertyServiceKnowledge',
    title: '物业形象展示区讲解员业务培训',
    description: '形象岗负责接待与讲解物业相关内容，地区物业公司须对讲解员进行业务培训。',
    durationMinutes: 60,
    audience: 'explainers',
    required: true,
  },
  {
    key: 'postProcedures',
    topic: 'postProcedures',
    title: '岗位操作流程与标准',
    description: '案场各岗位的操作流程与服务标准。',
    durationMinutes: 60,
    audience: 'propertyStaff',
    required: true,
  },
  { key: 'drillButlerReception', topic: 'onSiteDrills', title: '现场模拟：管家接待流程', description: '管家接待流程的现场模拟实操演练。', durationMinutes: 45, audience: 'propertyStaff', required: true },
  { key: 'drillVipReception', topic: 'onSiteDrills', title: '现场模拟：贵宾(VIP)接待服务程序', description: '贵宾(VIP)接待服务程序的现场模拟实操演练。', durationMinutes: 45, audience: 'propertyStaff', required: true },
  { key: 'drillTourGuidance', topic: 'onSiteDrills', title: '现场模拟：参观介绍服务', description: '参观介绍服务的现场模拟实操演练。', durationMinutes: 45, audience: 'propertyStaff', required: false },
  { key: 'drillCleaning', topic: 'onSiteDrills', title: '现场模拟：保洁服务', description: '保洁服务的现场模拟实操演练。', durationMinutes: 45, audience: 'propertyStaff', required: false },
  { key: 'guestPsychology', topic: 'guestPsychologyAndSales', title: '宾客心理、销售技能及相关知识', description: '了解宾客心理，掌握配合销售的沟通技巧。', durationMinutes: 60, audience: 'propertyStaff', required: false },
  { key: 'etiquetteAndTeam', topic: 'other', title: '规章制度、礼貌礼节、沟通协调与团队建设', description: '规章制度、礼貌礼节、沟通协调、团队建设等。', durationMinutes: 60, audience: 'propertyStaff', required: false },
];
