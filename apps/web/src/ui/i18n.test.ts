import { describe, expect, it, vi } from 'vitest';
import { i18n, namespaces, setLanguage } from './i18n';
import { LANGUAGE_STORAGE_KEY, readStoredLanguage } from './language';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n', () => {
  it('staff: the interface starts in Chinese when no language was chosen', () => {
    expect(readStoredLanguage()).toBe('zh-CN');
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('shell:nav.home')).toBe('工作台');
  });

  it('staff: switching to English is remembered in localStorage and on the page', async () => {
    await setLanguage('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('shell:nav.home')).toBe('Home');
  });

  it('staff: a remembered English choice is used on the next visit', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    vi.resetModules();
    const fresh = await import('./i18n');
    expect(fresh.i18n.language).toBe('en');
    expect(fresh.i18n.t('auth:submit')).toBe('Sign in');
  });

  it('staff: an unknown stored value falls back to Chinese', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(readStoredLanguage()).toBe('zh-CN');
  });

  it.each(Object.entries(namespaces))('every %s string exists in both languages', (_ns, bundle) => {
    expect(keysOf(bundle.en).sort()).toEqual(keysOf(bundle['zh-CN']).sort());
  });
});
