import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { canRevealPersonalData, canSeePersonalData, showPersonalData, type PersonalDataViewer } from './personal-data.js';

const P1 = 'project-1';
const P2 = 'project-2';
const SELF = 'owner-self';

function viewer(roles: Role[], projectIds: string[], ownerId: string | null = null): PersonalDataViewer {
  return { roles, projectIds, ownerId };
}

// viewer, subject project, subject owner, assigned to the viewer, expected
const cases: [string, PersonalDataViewer, string, string | null, boolean, boolean][] = [
  ['companyAdmin', viewer(['companyAdmin'], [P1, P2]), P1, 'o', false, true],
  ['companyAdmin+systemAdmin', viewer(['companyAdmin', 'systemAdmin'], [P1, P2]), P2, 'o', false, true],
  ['regionalHead', viewer(['regionalHead'], [P1, P2]), P1, 'o', false, true],
  ['serviceCenterManager of the project', viewer(['serviceCenterManager'], [P1]), P1, 'o', false, true],
  ['serviceCenterManager of another project', viewer(['serviceCenterManager'], [P2]), P1, 'o', false, false],
  ['butler of the project', viewer(['butler'], [P1]), P1, 'o', false, true],
  ['butler of another project', viewer(['butler'], [P2]), P1, 'o', false, false],
  ['technician, not assigned', viewer(['technician'], [P1]), P1, 'o', false, false],
  ['technician, assigned', viewer(['technician'], [P1]), P1, 'o', true, true],
  ['vendorStaff, not assigned', viewer(['vendorStaff'], [P1]), P1, 'o', false, false],
  ['vendorStaff, assigned', viewer(['vendorStaff'], [P1]), P1, 'o', true, true],
  ['salesConsultant', viewer(['salesConsultant'], [P1]), P1, 'o', false, false],
  ['salesConsultant, even if flagged assigned', viewer(['salesConsultant'], [P1]), P1, 'o', true, false],
  ['salesManager', viewer(['salesManager'], [P1]), P1, 'o', false, false],
  ['marketingLead', viewer(['marketingLead'], [P1]), P1, 'o', false, false],
  ['frontline', viewer(['frontline'], [P1]), P1, 'o', false, false],
  ['owner viewing themself', viewer(['owner'], [P1], SELF), P1, SELF, false, true],
  ['owner viewing another member', viewer(['owner'], [P1], SELF), P1, 'o', false, false],
  ['staff without owner id, subject without owner id', viewer(['frontline'], [P1]), P1, null, false, false],
];

describe('canSeePersonalData', () => {
  it.each(cases)('%s → %s', (_label, v, projectId, ownerId, assignedToActor, expected) => {
    expect(canSeePersonalData(v, { projectId, ownerId, assignedToActor })).toBe(expected);
  });
});

describe('showPersonalData', () => {
  const data = { phone: '13812345678', idNumber: '310101198001011234' };
  const subject = { projectId: P1, ownerId: 'o', assignedToActor: false };

  it('butler of the project: sees both masked in lists and details (the full value only through a logged reveal)', () => {
    expect(showPersonalData(viewer(['butler'], [P1]), subject, data)).toEqual({ phone: '138****5678', idNumber: '3101**********1234' });
  });

  it('the owner themself: sees both in full', () => {
    expect(showPersonalData(viewer(['owner'], [P1], 'o'), subject, data)).toEqual(data);
  });

  it('sales consultant: sees both masked', () => {
    expect(showPersonalData(viewer(['salesConsultant'], [P1]), subject, data)).toEqual({ phone: '138****5678', idNumber: '3101**********1234' });
  });

  it('anyone: missing values stay null', () => {
    expect(showPersonalData(viewer(['salesConsultant'], [P1]), subject, { phone: null, idNumber: null })).toEqual({ phone: null, idNumber: null });
  });
});

describe('canRevealPersonalData', () => {
  // Everyone who may see the full value may reveal it, except the person themself (shown in full, never logged).
  it.each(cases)('%s → %s (unless self)', (label, v, projectId, ownerId, assignedToActor, expected) => {
    const self = label.startsWith('owner viewing themself');
    expect(canRevealPersonalData(v, { projectId, ownerId, assignedToActor })).toBe(self ? false : expected);
  });
});
