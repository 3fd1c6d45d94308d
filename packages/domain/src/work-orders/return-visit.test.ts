import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { closesByRequesterAcceptance, returnVisitAction, returnVisitRefusal, type WorkDoneBy } from './return-visit.js';
import type { WorkOrderAction, WorkOrderActor, WorkOrderSubject } from './work-order-flow.js';

const who = (userId: string, roles: Role[], householdIds: string[] = []): WorkOrderActor => ({ userId, roles, departmentId: null, vendorId: null, householdIds });
const order: WorkOrderSubject = {
  status: 'completed',
  requesterUserId: 'owner',
  householdId: 'h1',
  accountableStaffId: 'butler',
  assigneeUserId: 'tech',
  assigneeDepartmentId: null,
  assigneeVendorId: null,
  dispatchMode: 'assign',
  assignmentAcceptedAt: '2026-03-01T01:00:00Z',
};

describe('return visit outcomes', () => {
  it('accepting closes, rejecting reopens', () => {
    expect(returnVisitAction('accepted')).toBe('close');
    expect(returnVisitAction('rejected')).toBe('reopen');
  });

  const cases: Array<[string, WorkOrderActor, WorkOrderAction, boolean]> = [
    ['the requester closes by accepting', who('owner', ['owner']), 'close', true],
    ['a co-owner of the household closes by accepting', who('co', ['owner'], ['h1']), 'close', true],
    ['another owner does not', who('stranger', ['owner'], ['h2']), 'close', false],
    ['acceptance closes, it never cancels', who('owner', ['owner']), 'cancel', false],
  ];
  for (const [name, actor, action, expected] of cases) {
    it(name, () => expect(closesByRequesterAcceptance(order, actor, action)).toBe(expected));
  }
});

describe('who records a return visit', () => {
  const work: WorkDoneBy = { assigneeUserId: 'tech', completedBy: 'butler2' };
  const cases: Array<[string, WorkDoneBy, WorkOrderActor, string | null]> = [
    ['a butler who did not do the work records it', work, who('butler', ['butler']), null],
    ['the manager records it', work, who('manager', ['serviceCenterManager']), null],
    ['the assignee may not rate their own work', work, who('tech', ['technician', 'frontline']), 'ownWork'],
    ['whoever completed it may not either', work, who('butler2', ['butler']), 'ownWork'],
    ['a technician is not the desk', { assigneeUserId: null, completedBy: null }, who('tech', ['technician']), 'notDesk'],
    ['sales never', work, who('sales', ['salesConsultant']), 'notDesk'],
  ];
  for (const [name, w, actor, expected] of cases) {
    it(name, () => expect(returnVisitRefusal(w, actor)).toBe(expected));
  }
});
