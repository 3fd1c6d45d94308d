import { describe, expect, it } from 'vitest';
import { openingReadiness } from './i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('opening readiness strings', () => {
  it('every Chinese string has its English one and no English string is left over', () => {
    const zh = keysOf(openingReadiness['zh-CN']).sort();
    expect(zh.length).toBeGreaterThan(80);
    expect(keysOf(openingReadiness.en).sort()).toEqual(zh);
  });
});
