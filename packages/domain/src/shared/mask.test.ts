import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './mask.js';

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
