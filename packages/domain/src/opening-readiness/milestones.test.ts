import { describe, expect, it } from 'vitest';
import {
  OPENING_MILESTONE_KEYS,
  addCalendarDays,
  daysUntilDue,
  milestonesToMove,
  openingMilestones,
  readinessColour,
  subtractCalendarMonths,
  type OpeningDates,
  type ReadinessColour,
  type TrackedMilestone,
} from './milestones.js';

describe('subtractCalendarMonths', () => {
  it.each([
    ['2026-05-31', 3, '2026-02-28'],
    ['2028-05-31', 3, '2028-02-29'], // leap year
    ['2100-05-31', 3, '2100-02-28'], // century, not a leap year
    ['2000-05-31', 3, '2000-02-29'], // 400-year leap year
    ['2026-07-31', 1, '2026-06-30'],
    ['2026-05-30', 3, '2026-02-28'],
    ['2026-05-28', 3, '2026-02-28'],
    ['2026-05-15', 2, '2026-03-15'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2026-02-15', 3, '2025-11-15'], // across a year
    ['2026-01-31', 2, '2025-11-30'],
    ['2026-03-31', 13, '2025-02-28'],
    ['2026-05-31', 0, '2026-05-31'],
    ['2026-01-31', -1, '2026-02-28'], // negative: later
    ['2026-12-15', -1, '2027-01-15'],
  ])('%s − %i months = %s', (date, n, expected) => {
    expect(subtractCalendarMonths(date, n)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-13-01', '26-05-31', ''])('refuses %o', (date) => {
    expect(() => subtractCalendarMonths(date, 1)).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-06-15', -15, '2026-05-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-06-15', 0, '2026-06-15'],
    ['2026-01-10', -15, '2025-12-26'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addCalendarDays('2026-02-29', 1)).toThrow(RangeError);
  });
});

const allDates: OpeningDates = { firstLaunchDate: '2026-05-31', clubhouseOpeningDate: '2026-04-10', showFlatOpeningDate: '2026-04-20' };
const due = (dates: OpeningDates) => Object.fromEntries(openingMilestones(dates).map((m) => [m.key, m.dueDate]));

describe('openingMilestones', () => {
  it('gives every milestone of the seed with its due date', () => {
    expect(due(allDates)).toEqual({
      clubhouseEquipmentPurchaseRequests: '2026-02-28',
      clubhouseStaffing: '2026-03-31',
      clubhouseDisplayHours: '2026-03-31',
      clubhouseStaffingApproval: '2026-03-31',
      clubhouseRecruitment: '2026-03-31',
      clubhouseTraining: '2026-03-31',
      clubhouseEquipmentInPlace: '2026-03-26',
      showFlatOpening: '2026-04-20',
    });
  });

  it('sorts by due date, then in the order of the seed', () => {
    expect(openingMilestones(allDates).map((m) => m.key)).toEqual([
      'clubhouseEquipmentPurchaseRequests',
      'clubhouseEquipmentInPlace',
      'clubhouseStaffing',
      'clubhouseDisplayHours',
      'clubhouseStaffingApproval',
      'clubhouseRecruitment',
      'clubhouseTraining',
      'showFlatOpening',
    ]);
  });

  it('carries the clause and Chinese title', () => {
    const m = openingMilestones(allDates).find((x) => x.key === 'clubhouseEquipmentInPlace')!;
    expect(m).toMatchObject({ clause: '4.4.1', title: '会所设备设施按配置要求落实到位', anchor: 'clubhouseOpeningDate' });
    expect(openingMilestones(allDates).find((x) => x.key === 'clubhouseTraining')).toMatchObject({ clause: '4.4.2', title: '完成培训' });
  });

  it('has stable, unique keys', () => {
    expect(new Set(openingMilestones(allDates).map((m) => m.key)).size).toBe(OPENING_MILESTONE_KEYS.length);
  });

  it('counts a leap-year launch back to 29 February', () => {
    expect(due({ firstLaunchDate: '2028-05-31', clubhouseOpeningDate: null, showFlatOpeningDate: null }).clubhouseEquipmentPurchaseRequests).toBe('2028-02-29');
  });

  it.each([
    [{ firstLaunchDate: null, clubhouseOpeningDate: null, showFlatOpeningDate: null }, []],
    [{ firstLaunchDate: '2026-05-31', clubhouseOpeningDate: null, showFlatOpeningDate: null }, ['clubhouseEquipmentPurchaseRequests', 'clubhouseStaffing', 'clubhouseDisplayHours', 'clubhouseStaffingApproval', 'clubhouseRecruitment', 'clubhouseTraining']],
    [{ firstLaunchDate: null, clubhouseOpeningDate: '2026-04-10', showFlatOpeningDate: null }, ['clubhouseEquipmentInPlace']],
    [{ firstLaunchDate: null, clubhouseOpeningDate: null, showFlatOpeningDate: '2026-04-20' }, ['showFlatOpening']],
  ] as Array<[OpeningDates, string[]]>)('a date not set yields none of its milestones: %o', (dates, keys) => {
    expect(openingMilestones(dates).map((m) => m.key).sort()).toEqual([...keys].sort());
  });
});

describe('readinessColour (amber within 14 days by default)', () => {
  const today = '2026-03-01';
  it.each([
    ['2026-02-28', true, 'green'],
    ['2026-03-20', true, 'green'],
    ['2026-02-28', false, 'red'], // a day late
    ['2026-01-01', false, 'red'],
    ['2026-03-01', false, 'amber'], // due today
    ['2026-03-15', false, 'amber'], // 14 days ahead
    ['2026-03-16', false, 'grey'], // 15 days ahead
    ['2026-06-01', false, 'grey'],
  ] as Array<[string, boolean, ReadinessColour]>)('due %s, done %s → %s', (dueDate, done, colour) => {
    expect(readinessColour({ dueDate, done }, today)).toBe(colour);
  });

  it.each([
    [0, '2026-03-01', 'amber'],
    [0, '2026-03-02', 'grey'],
    [30, '2026-03-31', 'amber'],
    [30, '2026-04-01', 'grey'],
  ] as Array<[number, string, ReadinessColour]>)('amberDays %i: due %s → %s', (amberDays, dueDate, colour) => {
    expect(readinessColour({ dueDate, done: false }, today, { amberDays })).toBe(colour);
  });

  it('counts days until due across a month end', () => {
    expect(daysUntilDue({ dueDate: '2026-03-01' }, '2026-02-27')).toBe(2);
    expect(daysUntilDue({ dueDate: '2026-02-27' }, '2026-03-01')).toBe(-2);
  });
});

describe('milestonesToMove', () => {
  type Row = TrackedMilestone & { id: string };
  const tracked = (dates: OpeningDates, doneKeys: string[] = []): Row[] =>
    openingMilestones(dates).map((m) => ({ id: `id-${m.key}`, key: m.key, dueDate: m.dueDate, done: doneKeys.includes(m.key) }));

  it('moves the launch milestones with the launch date and keeps their done flags', () => {
    const current = tracked(allDates, ['clubhouseEquipmentPurchaseRequests']);
    const changes = milestonesToMove(current, { ...allDates, firstLaunchDate: '2026-06-30' });
    expect(changes.moved.map((c) => [c.milestone.key, c.fromDueDate, c.toDueDate, c.milestone.done, c.milestone.id])).toEqual([
      ['clubhouseEquipmentPurchaseRequests', '2026-02-28', '2026-03-30', true, 'id-clubhouseEquipmentPurchaseRequests'],
      ['clubhouseStaffing', '2026-03-31', '2026-04-30', false, 'id-clubhouseStaffing'],
      ['clubhouseDisplayHours', '2026-03-31', '2026-04-30', false, 'id-clubhouseDisplayHours'],
      ['clubhouseStaffingApproval', '2026-03-31', '2026-04-30', false, 'id-clubhouseStaffingApproval'],
      ['clubhouseRecruitment', '2026-03-31', '2026-04-30', false, 'id-clubhouseRecruitment'],
      ['clubhouseTraining', '2026-03-31', '2026-04-30', false, 'id-clubhouseTraining'],
    ]);
    expect(changes.unchanged.map((m) => m.key).sort()).toEqual(['clubhouseEquipmentInPlace', 'showFlatOpening']);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
  });

  it('moving the clubhouse opening moves only the equipment-in-place milestone', () => {
    const changes = milestonesToMove(tracked(allDates), { ...allDates, clubhouseOpeningDate: '2026-05-01' });
    expect(changes.moved.map((c) => [c.milestone.key, c.toDueDate])).toEqual([['clubhouseEquipmentInPlace', '2026-04-16']]);
    expect(changes.unchanged).toHaveLength(7);
  });

  it('a launch date moving within a clamped month end may leave due dates unchanged', () => {
    // 31 May and 30 May both count back to 28 Feb; 2 months back: 31 Mar vs 30 Mar.
    const changes = milestonesToMove(tracked(allDates), { ...allDates, firstLaunchDate: '2026-05-30' });
    expect(changes.moved.map((c) => c.milestone.key)).not.toContain('clubhouseEquipmentPurchaseRequests');
    expect(changes.moved.map((c) => c.toDueDate)).toEqual(Array(5).fill('2026-03-30'));
  });

  it('a date set for the first time adds its milestones, not done', () => {
    const current = tracked({ ...allDates, showFlatOpeningDate: null });
    const changes = milestonesToMove(current, allDates);
    expect(changes.added.map((m) => [m.key, m.dueDate])).toEqual([['showFlatOpening', '2026-04-20']]);
    expect(changes.moved).toEqual([]);
  });

  it('a cleared date removes its milestones', () => {
    const changes = milestonesToMove(tracked(allDates, ['clubhouseEquipmentInPlace']), { ...allDates, clubhouseOpeningDate: null });
    expect(changes.removed.map((m) => [m.key, m.done])).toEqual([['clubhouseEquipmentInPlace', true]]);
    expect(changes.unchanged).toHaveLength(7);
  });

  it('no tracked milestones: everything is added', () => {
    expect(milestonesToMove([], allDates).added).toHaveLength(8);
  });
});
