import { describe, expect, it } from 'vitest';
import { parseUsualTime, sportUsualTime } from './usual-times.js';

describe('usual times (作息规律) read from the profile', () => {
  it.each([
    ['周六上午 9:30 打网球', [6], '09:30'],
    ['每周二、四晚上 7 点游泳', [2, 4], '19:00'],
    ['工作日晚上 8 点后在家', [1, 2, 3, 4, 5], '20:00'],
    ['周末早上七点半跑步', [6, 7], '07:30'],
    ['周一至周五 18：00 健身', [1, 2, 3, 4, 5], '18:00'],
    ['星期天下午两点打羽毛球', [7], '14:00'],
    ['每天早上 6:00 晨练', [1, 2, 3, 4, 5, 6, 7], '06:00'],
    ['中午十二点午休', null, '12:00'],
    ['喜欢安静', null, null],
  ])('%s', (phrase, weekdays, time) => {
    expect(parseUsualTime(phrase)).toEqual({ phrase, weekdays, time });
  });

  it('a venue booking follows the phrase that names a sport, else the first that says when', () => {
    expect(sportUsualTime(['工作日晚上 8 点后在家', '周六上午 9:30 打网球'])?.phrase).toBe('周六上午 9:30 打网球');
    expect(sportUsualTime(['喜欢安静', '工作日晚上 8 点后在家'])?.phrase).toBe('工作日晚上 8 点后在家');
    expect(sportUsualTime(['喜欢安静'])).toBeNull();
    expect(sportUsualTime([])).toBeNull();
  });
});
