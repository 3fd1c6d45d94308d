import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './mask.js';

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+8613812345678', '+86****5678'],
    ['02155551111', '021****1111'],
    ['5551234', '***1234'],
    ['123', '***'],
    ['', ''],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['310101198001011234', '3101**********1234'],
    ['31010119800101123X', '3101**********123X'],
    ['12345678', '********'],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected);
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '李'],
    [' 王小明 ', '王**'],
  ])('%s → %s', (input, expected) => {
    expect(maskName(input)).toBe(expected);
  });
});
