import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../calendar/calendar-2026.fixture.js';
import {
  DEFAULT_HOLIDAY_DECORATION_TEMPLATE,
  DEFAULT_PROMOTION_TEMPLATE,
  REHEARSAL_TASK,
  defaultTemplateFor,
  dueDateFor,
  overdueTasks,
  rehearsalDate,
  reschedule,
  scheduleFromTemplate,
  type ScheduledTask,
  type TemplateTask,
} from './backward-schedule.js';

const calendar = calendar2026();

describe('dueDateFor', () => {
  const office = (daysBefore: number) => ({ daysBefore, officeOnly: true });
  const onSite = (daysBefore: number) => ({ daysBefore, officeOnly: false });
  const rehearsal = { daysBefore: 9, officeOnly: true, rehearsal: true };
  it.each<[string, string, Pick<TemplateTask, 'daysBefore' | 'officeOnly' | 'rehearsal'>, string, string | null]>([
    // Event on Saturday 2026-10-10, itself a make-up workday
    ['office task on the event day, a make-up Saturday, stays', '2026-10-10', office(0), '2026-10-10', null],
    ['office task on a working Friday stays', '2026-10-10', office(1), '2026-10-09', null],
    ['office task on National Day moves to 09-30', '2026-10-10', office(3), '2026-09-30', '2026-10-07'],
    ['office task on 10-01 moves to 09-30', '2026-10-10', office(9), '2026-09-30', '2026-10-01'],
    ['office task on Mid-Autumn Sunday 09-27 moves to Thursday 09-24', '2026-10-10', office(13), '2026-09-24', '2026-09-27'],
    ['office task on make-up Sunday 09-20 stays', '2026-10-10', office(20), '2026-09-20', null],
    ['on-site task stays on National Day', '2026-10-10', onSite(3), '2026-10-07', null],
    ['on-site task stays on a Sunday', '2026-10-10', onSite(13), '2026-09-27', null],
    ['rehearsal two days before, whatever its offset says', '2026-10-10', rehearsal, '2026-10-08', null],
    // Event on Sunday 2026-10-18
    ['office task on an ordinary Saturday moves to Friday', '2026-10-18', office(1), '2026-10-16', '2026-10-17'],
    ['office task on the event Sunday moves to Friday', '2026-10-18', office(0), '2026-10-16', '2026-10-18'],
    ['office task on make-up Saturday 10-10 stays', '2026-10-18', office(8), '2026-10-10', null],
    ['office task on 10-07 moves to 09-30', '2026-10-18', office(11), '2026-09-30', '2026-10-07'],
    ['on-site task stays on an ordinary Saturday', '2026-10-18', onSite(1), '2026-10-17', null],
    // Rehearsal on days off: never moved, sales centers work weekends and holidays
    ['rehearsal on an ordinary Sunday', '2026-10-13', rehearsal, '2026-10-11', null],
    ['rehearsal on National Day', '2026-10-03', rehearsal, '2026-10-01', null],
    ['rehearsal on a Saturday', '2026-10-19', rehearsal, '2026-10-17', null],
  ])('%s', (_name, eventDate, task, dueDate, movedFrom) => {
    expect(dueDateFor(eventDate, task, calendar)).toEqual({ dueDate, movedFrom });
  });

  it.each([
    ['negative offset', -1],
    ['fractional offset', 1.5],
  ])('rejects a %s', (_name, daysBefore) => {
    expect(() => dueDateFor('2026-10-10', { daysBefore, officeOnly: false }, calendar)).toThrow(RangeError);
  });

  it('rejects an event date that does not exist', () => {
    expect(() => dueDateFor('2026-02-30', { daysBefore: 1, officeOnly: false }, calendar)).toThrow(RangeError);
    expect(() => rehearsalDate('2026-10-1')).toThrow(RangeError);
  });

  it('rehearsal date across a month end', () => {
    expect(rehearsalDate('2026-03-01')).toBe('2026-02-27');
  });
});

describe('scheduleFromTemplate', () => {
  const template: TemplateTask[] = [
    { key: 'setup', title: '场地布置', daysBefore: 1, officeOnly: false },
    { key: 'leadGroup', title: '成立活动领导小组', daysBefore: 14, officeOnly: true },
    { key: 'purchase', title: '物料采购申请', daysBefore: 3, officeOnly: true },
  ];

  it('dates every task, earliest first, unowned and not done, and adds the rehearsal when the template has none', () => {
    const tasks = scheduleFromTemplate('2026-10-10', template, calendar);
    expect(tasks.map((t) => [t.key, t.dueDate, t.movedFrom, t.ownerId, t.done])).toEqual([
      ['leadGroup', '2026-09-24', '2026-09-26', null, false],
      ['purchase', '2026-09-30', '2026-10-07', null, false],
      ['rehearsal', '2026-10-08', null, null, false],
      ['setup', '2026-10-09', null, null, false],
    ]);
    expect(tasks.find((t) => t.rehearsal)?.title).toBe(REHEARSAL_TASK.title);
  });

  it("keeps the template's own rehearsal and forces it to two days before, not office-only", () => {
    const own: TemplateTask = { key: 'drill', title: '现场演练', daysBefore: 6, officeOnly: true, rehearsal: true };
    const tasks = scheduleFromTemplate('2026-10-13', [...template, own], calendar);
    const rehearsals = tasks.filter((t) => t.rehearsal);
    expect(rehearsals).toHaveLength(1);
    expect(rehearsals[0]).toMatchObject({ key: 'drill', dueDate: '2026-10-11', daysBefore: 2, officeOnly: false, movedFrom: null });
  });

  it('keeps template order among tasks due the same day', () => {
    const sameDay: TemplateTask[] = [
      { key: 'b', title: 'B', daysBefore: 3, officeOnly: false },
      { key: 'a', title: 'A', daysBefore: 3, officeOnly: false },
    ];
    expect(scheduleFromTemplate('2026-10-20', sameDay, calendar).map((t) => t.key)).toEqual(['b', 'a', 'rehearsal']);
  });

  it('rejects duplicate keys and bad dates', () => {
    expect(() => scheduleFromTemplate('2026-10-10', [template[0]!, template[0]!], calendar)).toThrow(RangeError);
    expect(() => scheduleFromTemplate('10/10/2026', template, calendar)).toThrow(RangeError);
  });
});

describe('reschedule: moving the event from Saturday 10-10 to Sunday 10-18', () => {
  const original = scheduleFromTemplate('2026-10-10', DEFAULT_PROMOTION_TEMPLATE, calendar).map(
    (t): ScheduledTask => (t.key === 'leadGroup' ? { ...t, ownerId: 'u-manager', done: true } : t.key === 'rehearsal' ? { ...t, ownerId: 'u-butler' } : t),
  );
  const plan = { id: 'plan-1', eventDate: '2026-10-10', backwardSchedule: original };
  const moved = reschedule(plan, '2026-10-18', calendar);
  const due = (tasks: readonly ScheduledTask[], key: string) => tasks.find((t) => t.key === key)!;

  it.each<[string, string, string | null, string, string | null]>([
    // key, due for 10-10 (moved from), due for 10-18 (moved from)
    ['leadGroup', '2026-09-24', '2026-09-26', '2026-09-30', '2026-10-04'], // T-14 office
    ['assignments', '2026-09-24', '2026-09-27', '2026-09-30', '2026-10-05'], // T-13 office
    ['eventPlan', '2026-09-28', null, '2026-09-30', '2026-10-06'], // T-12 office
    ['materialsPurchase', '2026-09-30', null, '2026-10-08', null], // T-10 office
    ['uniforms', '2026-10-03', null, '2026-10-11', null], // T-7 on site, holiday / Sunday kept
    ['rehearsal', '2026-10-08', null, '2026-10-16', null],
    ['siteSetup', '2026-10-09', null, '2026-10-17', null], // T-1 on site, Saturday kept
  ])('%s: %s → %s', (key, before, beforeMoved, after, afterMoved) => {
    expect([due(original, key).dueDate, due(original, key).movedFrom]).toEqual([before, beforeMoved]);
    expect([due(moved.backwardSchedule, key).dueDate, due(moved.backwardSchedule, key).movedFrom]).toEqual([after, afterMoved]);
  });

  it('keeps owners, done flags and the rest of the plan', () => {
    expect(moved.id).toBe('plan-1');
    expect(moved.eventDate).toBe('2026-10-18');
    expect(due(moved.backwardSchedule, 'leadGroup')).toMatchObject({ ownerId: 'u-manager', done: true });
    expect(due(moved.backwardSchedule, 'rehearsal')).toMatchObject({ ownerId: 'u-butler', done: false });
    expect(moved.backwardSchedule.map((t) => t.key).sort()).toEqual(original.map((t) => t.key).sort());
    expect(plan.eventDate).toBe('2026-10-10');
  });

  it('moving back gives the original schedule', () => {
    expect(reschedule(moved, '2026-10-10', calendar).backwardSchedule).toEqual(original);
  });

  it('stays sorted by due date', () => {
    const dates = moved.backwardSchedule.map((t) => t.dueDate);
    expect(dates).toEqual([...dates].sort());
  });

  it('rejects a new date that does not exist', () => {
    expect(() => reschedule(plan, '2026-10-32', calendar)).toThrow(RangeError);
  });
});

describe('overdueTasks', () => {
  const tasks = [
    { key: 'a', dueDate: '2026-10-05', done: false },
    { key: 'b', dueDate: '2026-10-05', done: true },
    { key: 'c', dueDate: '2026-10-06', done: false },
    { key: 'd', dueDate: '2026-10-07', done: false },
  ];
  it.each<[string, string[]]>([
    ['2026-10-05', []], // due today is not overdue
    ['2026-10-06', ['a']], // done tasks never are
    ['2026-10-07', ['a', 'c']],
    ['2026-10-08', ['a', 'c', 'd']],
  ])('on %s: %j', (today, keys) => {
    expect(overdueTasks(tasks, today).map((t) => t.key)).toEqual(keys);
  });
});

describe('default templates', () => {
  describe.each([
    ['promotion', DEFAULT_PROMOTION_TEMPLATE],
    ['holidayDecoration', DEFAULT_HOLIDAY_DECORATION_TEMPLATE],
  ] as const)('%s', (kind, template) => {
    it('is the template for its kind', () => {
      expect(defaultTemplateFor(kind)).toBe(template);
    });
    it('has unique keys, whole non-negative offsets and a seed reference on every task', () => {
      expect(new Set(template.map((t) => t.key)).size).toBe(template.length);
      for (const t of template) {
        expect(Number.isInteger(t.daysBefore) && t.daysBefore >= 0).toBe(true);
        expect(t.source).toBeTruthy();
      }
    });
    it('has exactly one rehearsal, two days before and not office-only', () => {
      const rehearsals = template.filter((t) => t.rehearsal);
      expect(rehearsals).toHaveLength(1);
      expect(rehearsals[0]).toMatchObject({ daysBefore: 2, officeOnly: false });
    });
    it('covers 4.3.2: lead group, assignments, order and emergency plans', () => {
      const titles = template.map((t) => t.title).join('|');
      expect(titles).toMatch(/领导小组/);
      expect(titles).toMatch(/分工/);
      expect(titles).toMatch(/秩序保障及应急预案/);
    });
    it('schedules without moving any rehearsal or on-site task', () => {
      const tasks = scheduleFromTemplate('2026-10-03', template, calendar);
      expect(tasks).toHaveLength(template.length);
      for (const t of tasks.filter((x) => !x.officeOnly)) expect(t.movedFrom).toBeNull();
      expect(tasks.find((t) => t.rehearsal)?.dueDate).toBe('2026-10-01');
    });
  });
});
