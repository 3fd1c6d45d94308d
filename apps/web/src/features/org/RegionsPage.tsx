import { useTranslation } from 'react-i18next';
import { NamedCodePage } from './NamedCodePage';

export function RegionsPage() {
  const { t } = useTranslation('org');
  return <NamedCodePage resource="regions" emptyHint={t('regions.emptyHint')} />;
}
