import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { DEFAULT_APPROVAL_CHAIN, defaultApprovalChain } from '../approvals/approval-flow.js';
import {
  isCategoryOfBank,
  KNOWLEDGE_APPROVAL_DOCUMENT_TYPE,
  KNOWLEDGE_CATEGORIES,
  KNOWLEDGE_CATEGORY_LABELS,
  knowledgeVersionActionsFor,
  knowledgeVersionNextState,
  knowledgeVersionRefusal,
  SALES_ANSWER_APPROVER_ROLE,
  type KnowledgeBank,
  type KnowledgeVersionAction,
  type KnowledgeVersionStatus,
} from './knowledge-flow.js';

describe('knowledge version transitions', () => {
  it.each<[KnowledgeBank, KnowledgeVersionStatus, KnowledgeVersionAction, KnowledgeVersionStatus | null]>([
    ['sales', 'draft', 'submit', 'submitted'],
    ['sales', 'draft', 'publish', null],
    ['sales', 'submitted', 'approve', 'published'],
    ['sales', 'submitted', 'publish', null],
    ['sales', 'submitted', 'reject', 'draft'],
    ['sales', 'submitted', 'withdraw', 'draft'],
    ['sales', 'published', 'supersede', 'superseded'],
    ['sales', 'published', 'retire', 'retired'],
    ['sales', 'superseded', 'approve', null],
    ['sales', 'retired', 'submit', null],
    ['service', 'draft', 'publish', 'published'],
    ['service', 'draft', 'submit', 'submitted'],
    ['service', 'draft', 'approve', null],
    ['service', 'submitted', 'publish', 'published'],
    ['service', 'submitted', 'reject', 'draft'],
    ['service', 'published', 'publish', null],
    ['service', 'superseded', 'retire', null],
  ])('%s: %s —%s→ %s', (bank, from, action, to) => {
    if (to) expect(knowledgeVersionNextState(bank, from, action)).toBe(to);
    else expect(() => knowledgeVersionNextState(bank, from, action)).toThrow(ForbiddenTransitionError);
  });
});

describe('who may act on a version', () => {
  const butler = { userId: 'u-butler', roles: ['butler'] as const };
  const manager = { userId: 'u-manager', roles: ['serviceCenterManager'] as const };
  const marketing = { userId: 'u-marketing', roles: ['marketingLead'] as const };
  const sales = { userId: 'u-sales', roles: ['salesConsultant'] as const };
  const submittedByButler = (bank: KnowledgeBank) => ({ bank, status: 'submitted' as const, submittedBy: 'u-butler' });

  it.each([
    ['butler submits a sales draft', 'sales', butler, 'submit', null],
    ['sales consultant cannot submit', 'sales', sales, 'submit', 'notEditor'],
    ['manager cannot approve sales wording by hand', 'sales', manager, 'approve', 'approvalOnly'],
    ['marketing lead approves only through the engine', 'sales', marketing, 'approve', 'approvalOnly'],
    ['manager cannot publish sales wording directly', 'sales', manager, 'publish', 'approvalOnly'],
    ['manager cannot reject sales wording by hand', 'sales', manager, 'reject', 'approvalOnly'],
    ['nobody approves a service answer', 'service', manager, 'approve', 'system'],
    ['the engine approves sales wording', 'sales', 'approval', 'approve', null],
    ['the engine never publishes a service answer', 'service', 'approval', 'publish', 'system'],
    ['manager publishes a service answer', 'service', manager, 'publish', null],
    ['butler cannot publish a service answer', 'service', butler, 'publish', 'notPublisher'],
    ['manager sends a service answer back', 'service', manager, 'reject', null],
    ['the submitter withdraws', 'sales', butler, 'withdraw', null],
    ['someone else cannot withdraw sales wording', 'sales', manager, 'withdraw', 'notSubmitter'],
    ['the manager may withdraw a service answer', 'service', manager, 'withdraw', null],
    ['marketing lead retires sales wording', 'sales', marketing, 'retire', null],
    ['marketing lead cannot retire a service answer', 'service', marketing, 'retire', 'notPublisher'],
    ['nobody asks for supersede', 'service', manager, 'supersede', 'system'],
  ] as const)('%s', (_name, bank, who, action, refusal) => {
    expect(knowledgeVersionRefusal(submittedByButler(bank), who, action)).toBe(refusal);
  });

  it('the buttons: a manager on a service draft may submit or publish; a butler only submit', () => {
    const draft = { bank: 'service' as const, status: 'draft' as const, submittedBy: null };
    expect(knowledgeVersionActionsFor(draft, manager)).toEqual(['submit', 'publish']);
    expect(knowledgeVersionActionsFor(draft, butler)).toEqual(['submit']);
    expect(knowledgeVersionActionsFor({ ...draft, bank: 'sales' }, manager)).toEqual(['submit']);
    expect(knowledgeVersionActionsFor({ bank: 'sales', status: 'submitted', submittedBy: 'u-butler' }, butler)).toEqual(['withdraw']);
    expect(knowledgeVersionActionsFor({ bank: 'sales', status: 'published', submittedBy: null }, marketing)).toEqual(['retire']);
  });
});

describe('categories and the approval chain', () => {
  it('every category has labels and belongs to one bank', () => {
    const all = [...KNOWLEDGE_CATEGORIES.sales, ...KNOWLEDGE_CATEGORIES.service];
    expect(new Set(all).size).toBe(all.length);
    for (const c of all) expect(KNOWLEDGE_CATEGORY_LABELS[c]?.['zh-CN']).toBeTruthy();
    expect(isCategoryOfBank('service', 'fees')).toBe(true);
    expect(isCategoryOfBank('sales', 'fees')).toBe(false);
  });

  it('sales wording goes to the marketing lead by default, not to the regional head', () => {
    expect(defaultApprovalChain(KNOWLEDGE_APPROVAL_DOCUMENT_TYPE)).toEqual([{ role: SALES_ANSWER_APPROVER_ROLE }]);
    expect(defaultApprovalChain('generic')).toEqual(DEFAULT_APPROVAL_CHAIN);
  });
});
