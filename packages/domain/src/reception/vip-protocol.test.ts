import { describe, expect, it } from 'vitest';
import { isVipChecklistComplete, VIP_PROTOCOL_ITEMS, vipChecklistMissing } from './vip-protocol.js';

describe('VIP protocol checklist', () => {
  it('covers the show flat, lights, air-conditioning and the greeter at the door, all required', () => {
    const required = VIP_PROTOCOL_ITEMS.filter((i) => i.required).map((i) => i.code);
    expect(required).toEqual(expect.arrayContaining(['showFlatPrepared', 'lightsOn', 'airConditioningOn', 'greeterAtDoor']));
    expect(new Set(VIP_PROTOCOL_ITEMS.map((i) => i.code)).size).toBe(VIP_PROTOCOL_ITEMS.length);
  });

  it('lists what is missing; the greeter needs a name', () => {
    expect(vipChecklistMissing(null)).toEqual(VIP_PROTOCOL_ITEMS.filter((i) => i.required).map((i) => i.code));
    const allTicked = { items: Object.fromEntries(VIP_PROTOCOL_ITEMS.map((i) => [i.code, true])), greeterName: null };
    expect(vipChecklistMissing(allTicked)).toEqual(['greeterAtDoor']);
    expect(isVipChecklistComplete({ ...allTicked, greeterName: '管家 刘芳' })).toBe(true);
    const requiredOnly = { items: Object.fromEntries(VIP_PROTOCOL_ITEMS.filter((i) => i.required).map((i) => [i.code, true])), greeterName: '刘芳' };
    expect(isVipChecklistComplete(requiredOnly)).toBe(true);
    expect(vipChecklistMissing({ ...requiredOnly, items: { ...requiredOnly.items, lightsOn: false } })).toEqual(['lightsOn']);
  });
});
