import { describe, expect, it } from 'vitest';
import { maskEmail, maskIdNumber, maskName, maskPersonalDataFields, maskPhone } from './mask.js';

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

describe('maskEmail', () => {
  it.each([
    ['zhangsan@example.com', 'z***@example.com'],
    ['li.si+news@mail.gj.cn', 'l***@mail.gj.cn'],
    ['ab@x.cn', 'a***@x.cn'],
    ['a@x.cn', '*@x.cn'],
    ['"a@b"@x.cn', '"***@x.cn'],
    ['王五@例子.中国', '王***@例子.中国'],
    [' zs@x.cn ', 'z***@x.cn'],
    ['noatsign', 'n***'],
    ['', ''],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(maskEmail(input)).toBe(expected);
  });
});

describe('maskPersonalDataFields', () => {
  it.each([
    ['phone', { phone: '13812345678' }, { phone: '138****5678' }],
    ['requesterPhone', { requesterPhone: '13812345678', title: '漏水' }, { requesterPhone: '138****5678', title: '漏水' }],
    ['requester_phone', { requester_phone: '13812345678' }, { requester_phone: '138****5678' }],
    ['mobile', { mobile: '13812345678' }, { mobile: '138****5678' }],
    ['idNumber', { idNumber: '310101198001011234' }, { idNumber: '3101**********1234' }],
    ['id_number', { id_number: '310101198001011234' }, { id_number: '3101**********1234' }],
    ['buyer_id_number', { buyer_id_number: '310101198001011234' }, { buyer_id_number: '3101**********1234' }],
    ['nested in arrays', { coBuyers: [{ name: '李', phone: '13512345678', idNumber: null }] }, { coBuyers: [{ name: '李', phone: '135****5678', idNumber: null }] }],
    ['other keys kept', { channel: 'phone', phoneVerified: '13812345678', telephoneCount: 3, grid: 'x' }, { channel: 'phone', phoneVerified: '13812345678', telephoneCount: 3, grid: 'x' }],
    ['non-strings kept', { phone: null, idNumber: 42 }, { phone: null, idNumber: 42 }],
    ['not an object', '13812345678', '13812345678'],
    ['null', null, null],
  ])('%s', (_name, input, expected) => {
    const before = JSON.stringify(input);
    expect(maskPersonalDataFields(input)).toEqual(expected);
    expect(JSON.stringify(input)).toBe(before);
  });
});
