import { describe, expect, it } from 'vitest';
import { UUID_PATTERN, uuidv7 } from './uuid.js';

describe('uuidv7', () => {
  it('is a version-7 RFC 9562 UUID', () => {
    const id = uuidv7();
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
  });

  it('sorts by creation time across milliseconds', () => {
    const ids = [0, 1, 2, 1000, 1_700_000_000_000].map((t) => uuidv7(t));
    expect([...ids].sort()).toEqual(ids);
  });

  it('does not repeat within one millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uuidv7(42)));
    expect(ids.size).toBe(1000);
  });

  it('increases strictly within one process, even for thousands of ids in one millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => uuidv7());
    for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1]).toBe(true);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(UUID_PATTERN);
  });
});
