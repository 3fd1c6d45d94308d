import { describe, expect, it } from 'vitest';
import { salesPreparation } from './i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('sales-preparation strings', () => {
  it('every Chinese string has its English one and no English string is left over', () => {
    const zh = keysOf(salesPreparation['zh-CN']).sort();
    expect(zh.length).toBeGreaterThan(100);
    expect(keysOf(salesPreparation.en).sort()).toEqual(zh);
  });
});
