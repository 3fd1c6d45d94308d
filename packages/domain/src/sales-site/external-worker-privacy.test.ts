import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { canRevealExternalWorkerContact, showExternalWorkerContact } from './external-worker-privacy.js';

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
    it(`${roles.join('+')} ${full ? 'may reveal them' : 'sees them masked only'}`, () => {
      expect(canRevealExternalWorkerContact(roles)).toBe(full);
    });
  }

  it('the register shows them masked to everyone', () => expect(showExternalWorkerContact(contact)).toEqual(masked));

  it('a missing ID number stays missing', () => expect(showExternalWorkerContact({ phone: '13912345678', idNumber: null })).toEqual({ phone: '139****5678', idNumber: null }));
});
