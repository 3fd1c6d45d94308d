import { minutesToHhmm } from '../shared/wall-clock.js';

/** What a phrase of the profile's 作息与常用时段 says about when: weekdays (ISO, 1 = Monday) and a time. */
export interface UsualTime {
  phrase: string;
  weekdays: number[] | null;
  time: string | null;
}

const DAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };
const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const RANGE = /(?:周|星期|礼拜)([一二三四五六日天七])\s*(?:至|到|~|～|-|—)\s*(?:周|星期|礼拜)?([一二三四五六日天七])/;
const LIST = /(?:周|星期|礼拜)([一二三四五六日天七](?:\s*[、,，和及与/]\s*(?:周|星期|礼拜)?[一二三四五六日天七])*)/g;
const CLOCK = /(\d{1,2})\s*[:：]\s*(\d{2})/;
const HOUR = /(\d{1,2}|十[一二]?|[一两二三四五六七八九])\s*点\s*(半)?/;
const AFTERNOON = /下午|晚上|傍晚|晚间|夜里/;

function weekdaysOf(phrase: string): number[] | null {
  if (/每天|每日|天天/.test(phrase)) return [1, 2, 3, 4, 5, 6, 7];
  const days = new Set<number>();
  if (/工作日/.test(phrase)) [1, 2, 3, 4, 5].forEach((d) => days.add(d));
  if (/周末|双休/.test(phrase)) [6, 7].forEach((d) => days.add(d));
  const range = RANGE.exec(phrase);
  if (range) {
    const [from, to] = [DAY[range[1]!]!, DAY[range[2]!]!];
    for (let d = from; d <= to; d++) days.add(d);
  }
  for (const m of phrase.matchAll(LIST)) for (const ch of m[1]!) if (DAY[ch]) days.add(DAY[ch]!);
  return days.size ? [...days].sort((a, b) => a - b) : null;
}

function timeOf(phrase: string): string | null {
  const pm = AFTERNOON.test(phrase);
  const clock = CLOCK.exec(phrase);
  let hour: number;
  let minute = 0;
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
  } else {
    const h = HOUR.exec(phrase);
    if (!h) return null;
    hour = /^\d+$/.test(h[1]!) ? Number(h[1]) : NUMERAL[h[1]!]!;
    if (h[2]) minute = 30;
  }
  if (pm && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return null;
  return minutesToHhmm(hour * 60 + minute);
}

/** Reads weekdays and a time out of a phrase such as "周二、四晚上 7 点游泳" or "周六上午 9:30 打网球". */
export function parseUsualTime(phrase: string): UsualTime {
  return { phrase, weekdays: weekdaysOf(phrase), time: timeOf(phrase) };
}

const SPORT = /运动|球|游泳|跑步|健身|瑜伽|骑行|登山|晨练|太极|舞/;

/**
 * The phrase a venue booking should follow: one that mentions a sport first, else any that names a
 * day or a time; null when none says when.
 */
export function sportUsualTime(usualTimes: readonly string[]): UsualTime | null {
  const parsed = usualTimes.map(parseUsualTime).filter((u) => u.weekdays || u.time);
  return parsed.find((u) => SPORT.test(u.phrase)) ?? parsed[0] ?? null;
}
