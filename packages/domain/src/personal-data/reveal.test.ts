import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { ANY_REVEALER_ROLES, REVEALER_ROLES } from './reveal.js';

describe('who may ever reveal a full number, per kind of subject', () => {
  const cases: Array<[Role, string[]]> = [
    ['butler', ['owner', 'deal', 'workOrder', 'visit', 'externalWorker']],
    ['serviceCenterManager', ['owner', 'deal', 'workOrder', 'visit', 'externalWorker']],
    ['companyAdmin', ['owner', 'deal', 'workOrder', 'externalWorker']],
    ['regionalHead', ['owner', 'deal', 'workOrder']],
    ['technician', ['owner', 'deal', 'workOrder']],
    ['salesConsultant', ['visit']],
    ['salesManager', []],
    ['frontline', []],
    ['marketingLead', []],
    ['owner', []],
  ];
  for (const [role, kinds] of cases) {
    it(`${role}: ${kinds.join(', ') || 'none'}`, () => {
      const allowed = Object.entries(REVEALER_ROLES).filter(([, roles]) => roles.includes(role)).map(([kind]) => kind);
      expect(allowed).toEqual(kinds);
      expect(ANY_REVEALER_ROLES.includes(role)).toBe(kinds.length > 0);
    });
  }
});
