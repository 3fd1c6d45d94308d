import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  WORK_ORDER_ACTIONS,
  WORK_ORDER_STATUSES,
  canTransferAccountability,
  canUrge,
  receivesAccountability,
  workOrderActionsFor,
  workOrderNextState,
  workOrderRefusal,
  type WorkOrderAction,
  type WorkOrderActor,
  type WorkOrderRefusal,
  type WorkOrderStatus,
  type WorkOrderSubject,
  type ReplySubject,
  workOrderReplyRefusal,
} from './work-order-flow.js';

// Every (status, action) pair: the resulting status, or null when the transition is forbidden.
const _ = null;
const expected: Record<WorkOrderStatus, Record<WorkOrderAction, WorkOrderStatus | null>> = {
  submitted: { accept: 'accepted', dispatch: 'dispatched', grab: _, acceptAssignment: _, returnAssignment: _, start: _, pause: _, resume: _, complete: _, resolve: _, close: _, reopen: _, cancel: 'cancelled' },
  accepted: { accept: _, dispatch: 'dispatched', grab: _, acceptAssignment: _, returnAssignment: _, start: _, pause: _, resume: _, complete: _, resolve: 'closed', close: _, reopen: _, cancel: 'cancelled' },
  dispatched: { accept: _, dispatch: 'dispatched', grab: 'dispatched', acceptAssignment: 'dispatched', returnAssignment: 'accepted', start: 'inProgress', pause: _, resume: _, complete: _, resolve: _, close: _, reopen: _, cancel: 'cancelled' },
  inProgress: { accept: _, dispatch: 'dispatched', grab: _, acceptAssignment: _, returnAssignment: _, start: _, pause: 'paused', resume: _, complete: 'completed', resolve: _, close: _, reopen: _, cancel: _ },
  paused: { accept: _, dispatch: _, grab: _, acceptAssignment: _, returnAssignment: _, start: _, pause: _, resume: 'inProgress', complete: _, resolve: _, close: _, reopen: _, cancel: 'cancelled' },
  completed: { accept: _, dispatch: _, grab: _, acceptAssignment: _, returnAssignment: _, start: _, pause: _, resume: _, complete: _, resolve: _, close: 'closed', reopen: 'inProgress', cancel: _ },
  closed: { accept: _, dispatch: _, grab: _, acceptAssignment: _, returnAssignment: _, start: _, pause: _, resume: _, complete: _, resolve: _, close: _, reopen: _, cancel: _ },
  cancelled: { accept: _, dispatch: _, grab: _, acceptAssignment: _, returnAssignment: _, start: _, pause: _, resume: _, complete: _, resolve: _, close: _, reopen: _, cancel: _ },
};

describe('work-order transitions', () => {
  for (const status of WORK_ORDER_STATUSES) {
    for (const action of WORK_ORDER_ACTIONS) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'forbidden'}`, () => {
        if (to) expect(workOrderNextState(status, action)).toBe(to);
        else expect(() => workOrderNextState(status, action)).toThrow(ForbiddenTransitionError);
      });
    }
  }
});

const order = (patch: Partial<WorkOrderSubject> = {}): WorkOrderSubject => ({
  status: 'dispatched',
  requesterUserId: 'owner',
  householdId: 'h1',
  accountableStaffId: 'butler',
  assigneeUserId: 'tech',
  assigneeDepartmentId: null,
  assigneeVendorId: null,
  dispatchMode: 'assign',
  assignmentAcceptedAt: null,
  ...patch,
});
const who = (userId: string, roles: WorkOrderActor['roles'], patch: Partial<WorkOrderActor> = {}): WorkOrderActor => ({
  userId,
  roles,
  departmentId: null,
  vendorId: null,
  ...patch,
});

const butler = who('butler', ['butler']);
const manager = who('manager', ['serviceCenterManager']);
const tech = who('tech', ['technician']);
const otherTech = who('tech2', ['technician'], { departmentId: 'eng' });
const vendorWorker = who('v1', ['vendorStaff'], { vendorId: 'clean' });
const owner = who('owner', ['owner'], { householdIds: ['h1'] });
const coOwner = who('wife', ['owner'], { householdIds: ['h1'] });
const stranger = who('neighbour', ['owner'], { householdIds: ['h9'] });
const sales = who('sales', ['salesConsultant']);

describe('who may act', () => {
  const accepted = { assignmentAcceptedAt: '2026-03-01T01:00:00Z' };
  const grabPool = { assigneeUserId: null, assigneeDepartmentId: 'eng', dispatchMode: 'grab' as const };
  const assignPool = { assigneeUserId: null, assigneeVendorId: 'clean', dispatchMode: 'assign' as const };
  const cases: Array<[string, Partial<WorkOrderSubject>, WorkOrderActor, WorkOrderAction, WorkOrderRefusal | null]> = [
    ['the desk accepts', { status: 'submitted' }, butler, 'accept', null],
    ['a technician may not accept at the desk', { status: 'submitted' }, tech, 'accept', 'notDesk'],
    ['sales may not dispatch', { status: 'accepted' }, sales, 'dispatch', 'notDesk'],
    ['the desk closes', { status: 'completed' }, butler, 'close', null],
    ['the desk member settles a visitor’s complaint on the spot', { status: 'accepted' }, butler, 'resolve', null],
    ['a technician may not settle at the desk', { status: 'accepted' }, tech, 'resolve', 'notDesk'],
    ['the requester may not mark their own complaint settled', { status: 'accepted' }, owner, 'resolve', 'notDesk'],
    ['the assignee may not close', { status: 'completed' }, tech, 'close', 'notDesk'],
    ['the assignee accepts the job', {}, tech, 'acceptAssignment', null],
    ['another technician may not accept it', {}, otherTech, 'acceptAssignment', 'notAssignee'],
    ['accepting twice is refused', accepted, tech, 'acceptAssignment', 'alreadyAccepted'],
    ['a department member grabs from the pool', grabPool, otherTech, 'grab', null],
    ['a technician outside the department may not grab', grabPool, tech, 'grab', 'notInPool'],
    ['a named assignment is not offered to the department', { dispatchMode: 'grab' }, otherTech, 'grab', 'notInPool'],
    ['a colleague grabbed it first: taken, not forbidden', { ...grabPool, assigneeUserId: 'tech3', assignmentAcceptedAt: '2026-03-01T01:00:00Z' }, otherTech, 'grab', 'alreadyTaken'],
    ['an assign-mode pool is taken by accepting, not grabbing', assignPool, vendorWorker, 'grab', 'notInPool'],
    ['vendor staff accept an order assigned to their vendor', assignPool, vendorWorker, 'acceptAssignment', null],
    ['others may not accept a vendor pool', assignPool, otherTech, 'acceptAssignment', 'notInPool'],
    ['the assignee returns it', {}, tech, 'returnAssignment', null],
    ['the desk may not return on the assignee’s behalf', {}, butler, 'returnAssignment', 'notAssignee'],
    ['start needs the accepted assignment', {}, tech, 'start', 'notAccepted'],
    ['the assignee starts once accepted', accepted, tech, 'start', null],
    ['the desk may not start a named assignee’s job', accepted, butler, 'start', 'notAssignee'],
    ['the desk records the start for a vendor without accounts', assignPool, butler, 'start', null],
    ['the assignee completes', { status: 'inProgress' }, tech, 'complete', null],
    ['the desk may complete on the assignee’s behalf', { status: 'inProgress' }, butler, 'complete', null],
    ['another technician may not pause', { status: 'inProgress' }, otherTech, 'pause', 'notAssignee'],
    ['the requester cancels before work starts', { status: 'accepted' }, owner, 'cancel', null],
    ['the requester cancels while dispatched', {}, owner, 'cancel', null],
    ['the requester may not cancel paused work', { status: 'paused' }, owner, 'cancel', 'cancelTooLate'],
    ['a co-owner of the household acts as requester', { status: 'submitted', requesterUserId: null }, coOwner, 'cancel', null],
    ['another owner may not cancel', { status: 'submitted' }, stranger, 'cancel', 'notRequester'],
    ['the desk cancels paused work', { status: 'paused' }, butler, 'cancel', null],
    ['the requester reopens a rejected result', { status: 'completed' }, owner, 'reopen', null],
    ['the assignee may not reopen', { status: 'completed' }, tech, 'reopen', 'notRequester'],
  ];
  for (const [name, patch, actor, action, refusal] of cases) {
    it(name, () => expect(workOrderRefusal(order(patch), actor, action)).toBe(refusal));
  }
});

describe('who may agree a reply date or record the reply', () => {
  const complaint = (patch: Partial<ReplySubject>): ReplySubject => ({ ...order({ status: 'accepted' }), kind: 'complaint', repliedAt: null, ...patch });
  const cases: Array<[string, Partial<ReplySubject>, WorkOrderActor, 'notOwed' | 'notDesk' | null]> = [
    ['the butler on an open complaint', {}, butler, null],
    ['the butler on a question in progress', { kind: 'inquiry', status: 'inProgress' }, butler, null],
    ['a technician may not', {}, tech, 'notDesk'],
    ['the requester may not', {}, owner, 'notDesk'],
    ['a repair owes no reply', { kind: 'repair' }, butler, 'notOwed'],
    ['an answered complaint owes none', { repliedAt: '2026-03-02T02:00:00Z' }, butler, 'notOwed'],
    ['a closed complaint owes none', { status: 'closed' }, butler, 'notOwed'],
    ['a cancelled complaint owes none', { status: 'cancelled' }, manager, 'notOwed'],
  ];
  for (const [name, patch, actor, refusal] of cases) {
    it(name, () => expect(workOrderReplyRefusal(complaint(patch), actor)).toBe(refusal));
  }
});

describe('allowed actions are the state’s actions the actor may take', () => {
  const cases: Array<[string, Partial<WorkOrderSubject>, WorkOrderActor, WorkOrderAction[]]> = [
    ['desk on a new H5 request', { status: 'submitted', accountableStaffId: null }, butler, ['accept', 'dispatch', 'cancel']],
    ['owner on a new request', { status: 'submitted' }, owner, ['cancel']],
    ['assignee before accepting', {}, tech, ['acceptAssignment', 'returnAssignment']],
    ['assignee after accepting', { assignmentAcceptedAt: '2026-03-01T01:00:00Z' }, tech, ['returnAssignment', 'start']],
    ['assignee at work', { status: 'inProgress' }, tech, ['pause', 'complete']],
    ['owner on a completed order', { status: 'completed' }, owner, ['reopen']],
    ['sales never', { status: 'accepted' }, sales, []],
    ['nobody on a closed order', { status: 'closed' }, manager, []],
  ];
  for (const [name, patch, actor, actions] of cases) {
    it(name, () => expect(workOrderActionsFor(order(patch), actor)).toEqual(actions));
  }
});

describe('urging, accountability', () => {
  it('the requester and the desk urge an open order; nobody urges a closed one', () => {
    expect(canUrge(order(), owner)).toBe(true);
    expect(canUrge(order(), butler)).toBe(true);
    expect(canUrge(order(), tech)).toBe(false);
    expect(canUrge(order(), stranger)).toBe(false);
    expect(canUrge(order({ status: 'completed' }), owner)).toBe(false);
    expect(canUrge(order({ status: 'cancelled' }), butler)).toBe(false);
  });

  it('only a manager moves accountability, until the order is finished', () => {
    expect(canTransferAccountability(order(), manager)).toBe(true);
    expect(canTransferAccountability(order({ status: 'completed' }), manager)).toBe(true);
    expect(canTransferAccountability(order(), butler)).toBe(false);
    expect(canTransferAccountability(order({ status: 'closed' }), manager)).toBe(false);
  });

  it('the first desk member to accept or dispatch becomes accountable; later ones do not', () => {
    expect(receivesAccountability({ accountableStaffId: null }, 'accept')).toBe(true);
    expect(receivesAccountability({ accountableStaffId: null }, 'dispatch')).toBe(true);
    expect(receivesAccountability({ accountableStaffId: 'butler' }, 'dispatch')).toBe(false);
    expect(receivesAccountability({ accountableStaffId: null }, 'cancel')).toBe(false);
  });
});
