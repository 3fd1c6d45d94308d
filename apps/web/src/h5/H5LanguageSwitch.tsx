import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../ui/useLanguage';

export function H5LanguageSwitch() {
  const { t } = useTranslation();
  const { other, change } = useLanguage();
  return (
    <Button size="mini" fill="none" onClick={() => void change(other)} aria-label={t('language')}>
      <span lang={other}>{t(`languages.${other}`)}</span>
    </Button>
  );
}
