import { describe, expect, it } from 'vitest';
import { REFERENCE_SERVICES, REFERENCE_SERVICES_HEADING } from './reference-services.js';

describe('the 20 reference sales-site services', () => {
  it('are numbered 1–20 as printed', () => {
    expect(REFERENCE_SERVICES_HEADING).toBe('三、销售配合期间的参考性服务内容');
    expect(REFERENCE_SERVICES.map((s) => s.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('keep the printed wording, without the list’s trailing punctuation', () => {
    const byNumber = new Map(REFERENCE_SERVICES.map((s) => [s.number, s.name]));
    expect(byNumber.get(1)).toBe('售楼现场交通引导与秩序维护服务');
    expect(byNumber.get(2)).toBe('24小时安全保卫服务');
    expect(byNumber.get(12)).toBe('前期物业服务协议、临时管理规约解释及签订服务');
    expect(byNumber.get(16)).toBe('重大节假日期间服务现场的装饰及布置');
    expect(byNumber.get(19)).toBe('贵宾(VIP)接待服务');
    expect(byNumber.get(20)).toBe('其他销售配合服务');
    for (const s of REFERENCE_SERVICES) expect(s.name).not.toMatch(/[:：。]$/);
  });
});
