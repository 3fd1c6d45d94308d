import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { relayNextState, relayReminderDue, relayStaffActions, type RelayAction, type RelayStatus } from './message-relay.js';

describe('留言转达: the relay state machine', () => {
  it.each([
    ['left', 'deliver', 'delivered'],
    ['left', 'confirmByCall', 'confirmed'],
    ['left', 'cancel', 'cancelled'],
    ['delivered', 'confirm', 'confirmed'],
    ['delivered', 'confirmByCall', 'confirmed'],
    ['delivered', 'cancel', 'cancelled'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(relayNextState(from, action)).toBe(to);
  });

  it.each([
    ['left', 'confirm'],
    ['confirmed', 'confirm'],
    ['confirmed', 'cancel'],
    ['cancelled', 'deliver'],
    ['delivered', 'deliver'],
  ] as [RelayStatus, RelayAction][])('%s --%s--> refused', (from, action) => {
    expect(() => relayNextState(from, action)).toThrow(ForbiddenTransitionError);
  });

  it('staff are offered the call confirmation and cancel while open, nothing after', () => {
    expect(relayStaffActions('delivered')).toEqual(['confirmByCall', 'cancel']);
    expect(relayStaffActions('confirmed')).toEqual([]);
  });

  it('the butler is reminded once, after the limit, of a delivered relay only', () => {
    const delivered = { status: 'delivered' as const, deliveredAt: '2026-03-02T02:00:00.000Z', remindedAt: null };
    expect(relayReminderDue(delivered, new Date('2026-03-02T05:59:00Z'), 4)).toBe(false);
    expect(relayReminderDue(delivered, new Date('2026-03-02T06:00:00Z'), 4)).toBe(true);
    expect(relayReminderDue({ ...delivered, remindedAt: '2026-03-02T06:00:00.000Z' }, new Date('2026-03-02T09:00:00Z'), 4)).toBe(false);
    expect(relayReminderDue({ ...delivered, status: 'confirmed' }, new Date('2026-03-02T09:00:00Z'), 4)).toBe(false);
  });
});
