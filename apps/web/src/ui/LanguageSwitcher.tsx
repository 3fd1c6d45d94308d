import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './useLanguage';

/** With two languages a single button naming the other one is the quickest switch. */
export function LanguageSwitcher({ type = 'text' }: { type?: 'text' | 'default' | 'link' }) {
  const { t } = useTranslation();
  const { other, change } = useLanguage();
  return (
    <Button type={type} icon={<GlobalOutlined />} title={t('language')} onClick={() => void change(other)}>
      <span lang={other}>{t(`languages.${other}`)}</span>
    </Button>
  );
}
