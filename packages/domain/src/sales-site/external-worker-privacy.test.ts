import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { canSeeExternalWorkerContact, showExternalWorkerContact } from './external-worker-privacy.js';

const contact = { phone: '13912345678', idNumber: '310101199001011234' };
const masked = { phone: '139****5678', idNumber: '3101**********1234' };

describe('outside workers’ phone and ID number', () => {
  const cases: Array<[Role[], boolean]> = [
    [['butler'], true],
    [['serviceCenterManager'], true],
    [['companyAdmin'], true],
    [['systemAdmin'], true],
    [['frontline'], false],
    [['regionalHead'], false],
    [['salesConsultant'], false],
    [['frontline', 'butler'], true],
  ];
  for (const [roles, full] of cases) {
    it(`${roles.join('+')} sees them ${full ? 'in full' : 'masked'}`, () => {
      expect(canSeeExternalWorkerContact(roles)).toBe(full);
      expect(showExternalWorkerContact(roles, contact)).toEqual(full ? contact : masked);
    });
  }

  it('a missing ID number stays missing', () => expect(showExternalWorkerContact(['frontline'], { phone: '13912345678', idNumber: null })).toEqual({ phone: '139****5678', idNumber: null }));
});
