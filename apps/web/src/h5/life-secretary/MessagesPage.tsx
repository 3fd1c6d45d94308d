import { useTranslation } from 'react-i18next';
import { ServicePage } from '../services/ServicePage';
import { PreferencesSection } from './PreferencesSection';
import { RelaySection } from './RelaySection';
import { WakeUpSection } from './WakeUpSection';
import './i18n';

/** 生活秘书 on the owner's phone: my wake-up calls, messages left for me (已收到), my opt-outs. */
export function MessagesPage() {
  const { t } = useTranslation('h5lifeSecretary');
  return (
    <ServicePage title={t('title')} back="/h5/">
      <RelaySection />
      <WakeUpSection />
      <PreferencesSection />
    </ServicePage>
  );
}
