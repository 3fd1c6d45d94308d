import { useTranslation } from 'react-i18next';
import { setLanguage } from './i18n';
import type { Language } from './language';

export function useLanguage(): { language: Language; other: Language; change: (lng: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return { language, other: language === 'en' ? 'zh-CN' : 'en', change: setLanguage };
}
