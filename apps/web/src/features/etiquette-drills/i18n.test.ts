import { describe, expect, it } from 'vitest';
import { etiquetteDrills } from './i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('etiquette drill strings', () => {
  it('every Chinese string has its English one and no English string is left over', () => {
    const zh = keysOf(etiquetteDrills['zh-CN']).sort();
    expect(zh.length).toBeGreaterThan(60);
    expect(keysOf(etiquetteDrills.en).sort()).toEqual(zh);
  });
});
