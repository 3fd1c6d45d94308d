import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { PageHeader } from '../../ui/PageHeader';
import { canExportForOwner, canReadLog, canSeeRequests } from './access';
import { ExportTab } from './ExportTab';
import { ReadsTab } from './ReadsTab';
import { RequestsTab } from './RequestsTab';
import './i18n';

/** 个人信息保护: owners' requests, the log of full numbers viewed, and a copy of an owner's data on request. */
export function PersonalDataPage() {
  const { t } = useTranslation('personalData');
  const auth = useAuth();
  const items = [
    canSeeRequests(auth) && { key: 'requests', label: t('tabs.requests'), children: <RequestsTab /> },
    canReadLog(auth) && { key: 'reads', label: t('tabs.reads'), children: <ReadsTab /> },
    canExportForOwner(auth) && { key: 'export', label: t('tabs.export'), children: <ExportTab /> },
  ].filter((x): x is { key: string; label: string; children: React.JSX.Element } => Boolean(x));
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      <Tabs items={items} destroyOnHidden />
    </>
  );
}
