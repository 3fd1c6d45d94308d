/**
 * The sections of a service plan (服务方案), after 二、(二) 3 and (三)–(五) of the seed: 服务的模式与方针
 * and 接受服务群体特征, 人事架构, the sales-site service list, 物资, 管理制度 and 培训计划.
 */
export const SERVICE_PLAN_SECTIONS = ['serviceModel', 'targetGroup', 'staffing', 'siteServices', 'materials', 'rules', 'trainingPlan'] as const;
export type ServicePlanSection = (typeof SERVICE_PLAN_SECTIONS)[number];

/** 人事架构: one post and its planned headcount. */
export interface StaffingPost {
  post: string;
  headcount: number;
}

export interface ServicePlanContent {
  serviceModel: string;
  targetGroup: string;
  staffing: readonly StaffingPost[];
  /** Keys of REFERENCE_SITE_SERVICES, and free-text services the developer asked for besides. */
  siteServices: readonly string[];
  materials: string;
  rules: string;
  trainingPlan: string;
}

export interface ReferenceService {
  key: string;
  /** The number printed in the seed. */
  no: number;
  title: string;
  titleEn: string;
}

/** 三、销售配合期间的参考性服务内容, as printed (1–20). */
export const REFERENCE_SITE_SERVICES: readonly ReferenceService[] = [
  { key: 'trafficAndOrder', no: 1, title: '售楼现场交通引导与秩序维护服务', titleEn: 'Traffic guidance and order at the sales site' },
  { key: 'security24h', no: 2, title: '24小时安全保卫服务', titleEn: '24-hour security' },
  { key: 'conciergeLuggage', no: 3, title: '礼宾接待和行李服务', titleEn: 'Concierge reception and luggage' },
  { key: 'drinksPastries', no: 4, title: '交流洽谈中饮品、糕点服务', titleEn: 'Drinks and pastries during consultations' },
  { key: 'electricCart', no: 5, title: '电瓶车接送服务', titleEn: 'Electric-cart transfers' },
  { key: 'showFlatTour', no: 6, title: '样板房迎送、展示与房间介绍服务', titleEn: 'Show-flat welcome, display and room introduction' },
  { key: 'projectTour', no: 7, title: '项目整体参观游览服务', titleEn: 'Guided tour of the whole project' },
  { key: 'promotionSupport', no: 8, title: '销售宣传推广活动协办', titleEn: 'Co-organising sales promotions' },
  { key: 'socialEventSupport', no: 9, title: '销售联谊活动协办', titleEn: 'Co-organising sales social events' },
  { key: 'salesQuestions', no: 10, title: '销售现场部分售房问题解答', titleEn: 'Answering some sales questions on site' },
  { key: 'propertyInquiries', no: 11, title: '物业服务相关知识问询服务', titleEn: 'Property-service inquiries' },
  { key: 'preliminaryDocuments', no: 12, title: '前期物业服务协议、临时管理规约解释及签订服务', titleEn: 'Explaining and signing the preliminary service agreement and interim management rules' },
  { key: 'siteFacilities', no: 13, title: '销售现场布置与设施使用维护', titleEn: 'Sales-site layout and facility upkeep' },
  { key: 'cleaningGreening', no: 14, title: '销售大厅与样板区及样板房保洁及绿化服务', titleEn: 'Cleaning and greening of the sales hall, show area and show flats' },
  { key: 'qualityCheck', no: 15, title: '服务现场布置与品质检查服务', titleEn: 'Service-site layout and quality checks' },
  { key: 'holidayDecoration', no: 16, title: '重大节假日期间服务现场的装饰及布置', titleEn: 'Decoration of the service site over major holidays' },
  { key: 'shuttleBus', no: 17, title: '往返巴士接待服务', titleEn: 'Shuttle-bus reception' },
  { key: 'viewingGroup', no: 18, title: '看房团接待服务', titleEn: 'Viewing-group reception' },
  { key: 'vipReception', no: 19, title: '贵宾(VIP)接待服务', titleEn: 'VIP reception' },
  { key: 'otherSupport', no: 20, title: '其他销售配合服务', titleEn: 'Other sales-support services' },
];

export const REFERENCE_SITE_SERVICE_KEYS: readonly string[] = REFERENCE_SITE_SERVICES.map((s) => s.key);

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

/**
 * The sections a plan still lacks before it may be submitted, in section order; empty when complete.
 * 人事架构 needs at least one named post with a headcount of one or more; the service list at least one service.
 */
export function missingServicePlanSections(plan: ServicePlanContent): ServicePlanSection[] {
  const missing: ServicePlanSection[] = [];
  if (!filled(plan.serviceModel)) missing.push('serviceModel');
  if (!filled(plan.targetGroup)) missing.push('targetGroup');
  if (!plan.staffing.some((p) => filled(p.post) && p.headcount >= 1)) missing.push('staffing');
  if (!plan.siteServices.some(filled)) missing.push('siteServices');
  if (!filled(plan.materials)) missing.push('materials');
  if (!filled(plan.rules)) missing.push('rules');
  if (!filled(plan.trainingPlan)) missing.push('trainingPlan');
  return missing;
}

/** A fresh plan: every section empty; the drafter picks the services from the reference list. */
export function emptyServicePlan(): ServicePlanContent {
  return { serviceModel: '', targetGroup: '', staffing: [], siteServices: [], materials: '', rules: '', trainingPlan: '' };
}
