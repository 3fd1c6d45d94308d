import { describe, expect, it } from 'vitest';
import { training } from './i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('training strings', () => {
  it('every Chinese string has its English one and no English string is left over', () => {
    const zh = keysOf(training['zh-CN']).sort();
    expect(zh.length).toBeGreaterThan(100);
    expect(keysOf(training.en).sort()).toEqual(zh);
  });
});
