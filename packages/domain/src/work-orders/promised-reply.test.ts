import { describe, expect, it } from 'vitest';
import { dueReplyAlert, firstReplyAlertDate, replyByRefusal } from './promised-reply.js';

describe('the promised-reply ladder', () => {
  const cases: Array<[string, string, number, number | null]> = [
    ['two days before: nothing yet', '2026-03-08', 0, null],
    ['the day before: remind the accountable staff member', '2026-03-09', 0, 1],
    ['the agreed day itself, already reminded: nothing more', '2026-03-10', 1, null],
    ['the agreed day, never reminded: the reminder', '2026-03-10', 0, 1],
    ['the day after, unanswered: overdue to the manager', '2026-03-11', 1, 2],
    ['three days after: still only overdue', '2026-03-13', 2, null],
    ['four days after: the regional heads', '2026-03-14', 2, 3],
    ['a week late with nothing fired: straight to the top', '2026-03-17', 0, 3],
    ['the top fired: nothing more', '2026-04-30', 3, null],
  ];
  for (const [name, today, fired, level] of cases) {
    it(name, () => expect(dueReplyAlert('2026-03-10', today, fired)?.level ?? null).toBe(level));
  }

  it('crosses a month end by calendar days', () => {
    expect(dueReplyAlert('2026-03-01', '2026-02-28', 0)?.kind).toBe('dueSoon');
    expect(dueReplyAlert('2026-02-28', '2026-03-01', 1)?.kind).toBe('overdue');
  });

  it('refuses an invalid date', () => expect(() => dueReplyAlert('2026-02-30', '2026-03-01', 0)).toThrow('invalid date'));

  it('the reminder looks one day ahead', () => expect(firstReplyAlertDate('2026-12-31')).toBe('2027-01-01'));
});

describe('the reply-by window', () => {
  // 2026-03-02T17:30Z is already 2026-03-03 in Shanghai.
  const now = new Date('2026-03-02T17:30:00Z');
  it('today in Shanghai is allowed, the UTC date is already the past', () => {
    expect(replyByRefusal('2026-03-03', now)).toBeNull();
    expect(replyByRefusal('2026-03-02', now)).toBe('past');
  });
  it('at most 90 days ahead', () => {
    expect(replyByRefusal('2026-06-01', now)).toBeNull();
    expect(replyByRefusal('2026-06-02', now)).toBe('tooFar');
  });
});
