import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { OWNER_DOCUMENT_KINDS, OWNER_DOCUMENT_KIND_LABELS, OWNER_DOCUMENT_ONBOARDING_ITEMS, paragraphsOf, signedTextOf } from './owner-document-kinds.js';
import { signatureState, templateActionsFor, templateNextState } from './template-flow.js';

describe('owner document template versions', () => {
  it.each([
    ['draft', 'edit', 'draft'],
    ['draft', 'publish', 'published'],
    ['published', 'retire', 'retired'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(templateNextState(from, action)).toBe(to);
  });

  it.each([
    ['published', 'edit'],
    ['published', 'publish'],
    ['retired', 'edit'],
    ['retired', 'publish'],
    ['draft', 'retire'],
  ] as const)('%s cannot %s', (from, action) => {
    expect(() => templateNextState(from, action)).toThrow(ForbiddenTransitionError);
  });

  it('managers may edit and publish drafts; butlers and regional heads only read', () => {
    expect(templateActionsFor('draft', ['serviceCenterManager'])).toEqual(['edit', 'publish']);
    expect(templateActionsFor('published', ['companyAdmin'])).toEqual([]);
    expect(templateActionsFor('draft', ['butler'])).toEqual([]);
    expect(templateActionsFor('draft', ['regionalHead'])).toEqual([]);
  });
});

describe('owner document kinds and signed text', () => {
  it('the four documents of the seed, each labelled in Chinese, the handbook ticking its hand-over', () => {
    expect(OWNER_DOCUMENT_KINDS.map((k) => OWNER_DOCUMENT_KIND_LABELS[k]['zh-CN'])).toEqual(['前期物业服务协议', '临时管理规约', '装修管理规定', '物业管家服务手册']);
    expect(OWNER_DOCUMENT_ONBOARDING_ITEMS.butlerServiceHandbook).toBe('handbookHandedOver');
  });

  it('the signed text carries title, version and body; line endings do not change it', () => {
    const a = signedTextOf({ title: '临时管理规约', versionNo: 2, body: '第一条\r\n第二条\n' });
    expect(a).toBe('临时管理规约\nv2\n\n第一条\n第二条\n');
    expect(signedTextOf({ title: '临时管理规约', versionNo: 2, body: '第一条\n第二条' })).toBe(a);
    expect(signedTextOf({ title: '临时管理规约', versionNo: 3, body: '第一条\n第二条' })).not.toBe(a);
  });

  it('paragraphs drop blank lines', () => {
    expect(paragraphsOf('  甲 \n\n\n乙\r\n')).toEqual(['甲', '乙']);
  });

  it.each([
    [2, null, 'notSigned'],
    [2, 1, 'signedEarlierVersion'],
    [2, 2, 'signed'],
  ] as const)('published v%i, signed v%s: %s', (published, signed, state) => {
    expect(signatureState(published, signed)).toBe(state);
  });
});
