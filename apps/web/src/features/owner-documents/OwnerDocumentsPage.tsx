import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { canManageOwnerDocuments } from './access';
import { StatusTab } from './StatusTab';
import { TemplatesTab } from './TemplatesTab';
import './i18n';

/** 签约文件: the project's document templates and who has signed what; the tab is named in the address (`?tab=`). */
export function OwnerDocumentsPage() {
  const { t } = useTranslation('ownerDocuments');
  const manager = canManageOwnerDocuments(useAuth());
  const { project } = useCurrentProject();
  const [params, setParams] = useSearchParams();
  if (!project) {
    return (
      <>
        <PageHeader title={t('title')} subTitle={t('subtitle')} />
        <EmptyState hint={t('noProject')} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      <Tabs
        activeKey={params.get('tab') ?? 'templates'}
        onChange={(tab) => setParams({ tab })}
        destroyOnHidden
        items={[
          { key: 'templates', label: t('tabs.templates'), children: <TemplatesTab projectId={project.id} manager={manager} /> },
          { key: 'status', label: t('tabs.status'), children: <StatusTab projectId={project.id} /> },
        ]}
      />
    </>
  );
}
