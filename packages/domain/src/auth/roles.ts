export const ROLES = [
  'systemAdmin',
  'companyAdmin',
  'regionalHead',
  'serviceCenterManager',
  'butler',
  'frontline',
  'technician',
  'vendorStaff',
  'salesConsultant',
  'salesManager',
  'marketingLead',
  'owner',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; en: string }> = {
  systemAdmin: { 'zh-CN': '系统管理员', en: 'System administrator' },
  companyAdmin: { 'zh-CN': '公司管理员', en: 'Company administrator' },
  regionalHead: { 'zh-CN': '地区公司负责人', en: 'Regional head' },
  serviceCenterManager: { 'zh-CN': '服务中心经理', en: 'Service-center manager' },
  butler: { 'zh-CN': '物业管家', en: 'Butler' },
  frontline: { 'zh-CN': '一线岗位', en: 'Front-line staff' },
  technician: { 'zh-CN': '技术员', en: 'Technician' },
  vendorStaff: { 'zh-CN': '外包人员', en: 'Vendor staff' },
  salesConsultant: { 'zh-CN': '销售顾问', en: 'Sales consultant' },
  salesManager: { 'zh-CN': '销售经理', en: 'Sales manager' },
  marketingLead: { 'zh-CN': '营销部现场负责人', en: 'Marketing on-site lead' },
  owner: { 'zh-CN': '业主', en: 'Owner' },
};

/** Roles that see every project of their company without a per-project grant. */
export const COMPANY_WIDE_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead'];

/** Roles that see personal data (phone, ID number) of households in their projects in full. */
export const FULL_PERSONAL_DATA_ROLES: readonly Role[] = [
  'systemAdmin',
  'companyAdmin',
  'regionalHead',
  'serviceCenterManager',
  'butler',
];
