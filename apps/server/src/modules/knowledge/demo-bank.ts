import type { KnowledgeBank } from '@guanjia/domain/knowledge/knowledge-flow';
import { SALES_BANK } from './demo-bank-sales.js';
import { SERVICE_BANK } from './demo-bank-service.js';

export interface DemoKnowledgeEntry {
  /** Stable name for tests and the search-quality questions. */
  key: string;
  category: string;
  question: string;
  keywords: readonly string[];
  /** May hold {project}, {company}, {developer}, {serviceHours}, {serviceCenterPhone}. */
  answer: string;
}

export interface DemoBankEntry extends DemoKnowledgeEntry {
  bank: KnowledgeBank;
}

/** Project 1's full bank: both banks, every entry published. */
export const DEMO_BANK_PROJECT_1: readonly DemoBankEntry[] = [
  ...SERVICE_BANK.map((e) => ({ ...e, bank: 'service' as const })),
  ...SALES_BANK.map((e) => ({ ...e, bank: 'sales' as const })),
];

/** Project 2 starts with the core property-service answers only. */
const PROJECT_2_KEYS = ['fee-standard', 'fee-start', 'fee-payment', 'agreement', 'rules', 'renovation-rules', 'booking-lead', 'repair', 'security', 'handover-process', 'company-profile'];
export const DEMO_BANK_PROJECT_2: readonly DemoBankEntry[] = DEMO_BANK_PROJECT_1.filter((e) => PROJECT_2_KEYS.includes(e.key));

/** Questions asked at project 1's desk in the demo: answered from the bank (by key) or not. */
export const DEMO_DESK_LOG: readonly { question: string; key: string | null; by: string; minutesAgo: number }[] = [
  { question: '物业费一个月多少钱？', key: 'fee-standard', by: 'butler', minutesAgo: 180 },
  { question: '会所现在开放了吗', key: 'clubhouse-hours', by: 'butler', minutesAgo: 150 },
  { question: '什么时候可以交房', key: 'delivery-date', by: 'sales', minutesAgo: 120 },
  { question: '地下车库有没有新能源汽车充电桩', key: null, by: 'butler', minutesAgo: 90 },
  { question: '阳台可以封窗吗', key: null, by: 'sales', minutesAgo: 30 },
];

/** Fills the per-project placeholders of an answer. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
