import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { canSeeVisitorPhone, visitorPhoneFor } from './visitor-privacy.js';

const visit = { projectId: 'p1', consultantId: 'c1' };
const viewer = (userId: string, roles: Role[], projectIds = ['p1']) => ({ userId, roles, projectIds });

describe('visitor phone masking', () => {
  const cases: [string, ReturnType<typeof viewer>, boolean][] = [
    ['butler of the project', viewer('b', ['butler']), true],
    ['service-center manager of the project', viewer('m', ['serviceCenterManager']), true],
    ['butler of another project', viewer('b2', ['butler'], ['p2']), false],
    ['the visitor’s own consultant', viewer('c1', ['salesConsultant']), true],
    ['another consultant', viewer('c2', ['salesConsultant']), false],
    ['the sales manager', viewer('sm', ['salesManager']), false],
    ['front line', viewer('f', ['frontline']), false],
    ['company administrator (reads for oversight)', viewer('a', ['companyAdmin', 'systemAdmin']), false],
    ['regional head', viewer('r', ['regionalHead']), false],
  ];
  for (const [name, v, full] of cases) {
    it(`${name} → ${full ? 'full' : 'masked'}`, () => {
      expect(canSeeVisitorPhone(v, visit)).toBe(full);
      expect(visitorPhoneFor(v, visit, '13912345678')).toBe(full ? '13912345678' : '139****5678');
    });
  }
  it('no phone stays no phone', () => expect(visitorPhoneFor(viewer('x', ['frontline']), visit, null)).toBeNull());
});
