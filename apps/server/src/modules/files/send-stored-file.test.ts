import { describe, expect, it } from 'vitest';
import { requestedRange } from './send-stored-file.js';

describe('requestedRange', () => {
  it.each([
    [undefined, 100, null],
    ['bytes=0-9', 100, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }],
    ['bytes=90-500', 100, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=-500', 100, { start: 0, end: 99 }],
    ['bytes=100-', 100, 'unsatisfiable'],
    ['bytes=10-5', 100, 'unsatisfiable'],
    ['bytes=-0', 100, 'unsatisfiable'],
    ['bytes=0-9,20-29', 100, null], // several ranges: the whole file
    ['items=0-9', 100, null],
    ['bytes=-', 100, null],
  ] as const)('%s of %i bytes → %o', (header, size, expected) => {
    expect(requestedRange(header, size)).toEqual(expected);
  });
});
