import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { canRevealVisitorPhone, visitorPhoneShown } from './visitor-privacy.js';

const visit = { projectId: 'p1', consultantId: 'c1' };
const viewer = (userId: string, roles: Role[], projectIds = ['p1']) => ({ userId, roles, projectIds });

describe('who may reveal a visitor’s phone', () => {
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
    it(`${name} → ${full ? 'may reveal it' : 'masked only'}`, () => {
      expect(canRevealVisitorPhone(v, visit)).toBe(full);
    });
  }
  it('lists show it masked to everyone, and no phone stays no phone', () => {
    expect(visitorPhoneShown('13912345678')).toBe('139****5678');
    expect(visitorPhoneShown(null)).toBeNull();
  });
});
