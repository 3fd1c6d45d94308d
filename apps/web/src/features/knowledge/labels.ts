import { KNOWLEDGE_CATEGORIES, KNOWLEDGE_CATEGORY_LABELS, type KnowledgeBank } from '@guanjia/domain/knowledge/knowledge-flow';
import type { Language } from '../../ui/language';
import type { EntryState, KnowledgeVersionStatus } from './api';

export function categoryLabel(category: string, language: Language): string {
  return KNOWLEDGE_CATEGORY_LABELS[category]?.[language] ?? category;
}

export function categoryOptions(bank: KnowledgeBank, language: Language) {
  return KNOWLEDGE_CATEGORIES[bank].map((c) => ({ value: c, label: categoryLabel(c, language) }));
}

/** 统一销售口径 stands out: its wording is the developer's, agreed with marketing. */
export const BANK_COLORS: Record<KnowledgeBank, string> = { sales: 'volcano', service: 'blue' };

export const STATE_COLORS: Record<EntryState, string> = { published: 'success', draft: 'default', retired: 'warning' };

export const STATUS_COLORS: Record<KnowledgeVersionStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  superseded: 'default',
  retired: 'warning',
};
