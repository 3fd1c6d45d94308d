import type { Role } from '../auth/roles.js';

/**
 * 明确各自的职责: a project's split of duties between the property side and the sales side. The areas
 * are the five parts of the seed's 物业管理配合销售的方案.
 */
export const DUTY_AREAS = ['informationSharing', 'serviceStandards', 'environment', 'serviceQuality', 'communityActivities'] as const;
export type DutyArea = (typeof DUTY_AREAS)[number];

export const DUTY_ASSIGNEES = ['property', 'sales', 'joint'] as const;
export type DutyAssignee = (typeof DUTY_ASSIGNEES)[number];

/** The two managers agree the split: the service-center manager and the sales manager. */
export const DUTY_EDITOR_ROLES: readonly Role[] = ['serviceCenterManager', 'salesManager'];

export interface DutyTemplate {
  area: DutyArea;
  assignedTo: DutyAssignee;
  title: string;
  description: string;
}

/** The duties as the seed states them (sections 一 to 五), the starting list of a project. */
export const SEED_DUTIES: readonly DutyTemplate[] = [
  { area: 'informationSharing', assignedTo: 'joint', title: '建立信息沟通渠道', description: '通过定期开会、交流邮件等方式，及时分享信息和问题。' },
  { area: 'informationSharing', assignedTo: 'sales', title: '提供销售计划、成交信息', description: '销售团队向物业管理团队提供销售计划、成交信息等，以便双方协调工作，及时解决问题。' },
  { area: 'informationSharing', assignedTo: 'property', title: '提供物业运营情况、客户反馈', description: '物业管理团队向销售团队提供物业运营情况、客户反馈等信息。' },
  { area: 'serviceStandards', assignedTo: 'joint', title: '共同制定服务标准', description: '共同制定服务标准，明确各自的职责和工作内容。' },
  {
    area: 'serviceStandards',
    assignedTo: 'sales',
    title: '了解物业服务内容并向客户介绍',
    description: '了解物业管理团队在物业维护、环境卫生等方面的工作内容和要求，在销售过程中向客户介绍相关服务，提升客户满意度。',
  },
  { area: 'serviceStandards', assignedTo: 'property', title: '了解销售政策和服务承诺', description: '了解销售团队的销售政策和服务承诺，在日常工作中充分配合销售团队的工作。' },
  { area: 'environment', assignedTo: 'joint', title: '共同营造良好的物业环境', description: '为购房者营造优美的环境，包括绿化、道路、设施等方面的维护和改善。' },
  { area: 'environment', assignedTo: 'sales', title: '提出改善物业环境的建议和需求', description: '向物业管理团队提出建议和需求，共同改善物业环境，提升房产价值和吸引力。' },
  { area: 'serviceQuality', assignedTo: 'sales', title: '反馈客户需求和建议', description: '向物业管理团队提出客户需求和建议。' },
  {
    area: 'serviceQuality',
    assignedTo: 'property',
    title: '及时调整服务内容和标准',
    description: '根据市场需求和客户反馈及时调整服务内容和标准，提升服务水平，增强买家对房产的信任感和购买意愿。',
  },
  { area: 'communityActivities', assignedTo: 'joint', title: '共同组织社区活动', description: '共同组织丰富多彩的社区活动，如社区文化节、庆祝活动等，帮助居民建立更加紧密的社区关系。' },
  { area: 'communityActivities', assignedTo: 'sales', title: '借助社区活动推动销售', description: '借助社区活动推动房产销售，吸引更多购房者关注和选择。' },
];
