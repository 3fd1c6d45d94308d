import { useEffect } from 'react';
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { ChecklistsTab } from './ChecklistsTab';
import { PreAgreementTab } from './PreAgreementTab';
import { ServicePlanTab } from './ServicePlanTab';
import './i18n';

const TABS = ['preAgreement', 'servicePlan', 'checklists'] as const;
type Tab = (typeof TABS)[number];

/**
 * 销售配合的筹备与组织 of the current project: 前期协议, 服务方案 and 筹备清单. Notifications link
 * here with `?tab=…&projectId=…`; a linked project the user works in becomes the current one.
 */
export function SalesPreparationPage() {
  const { t } = useTranslation('salesPreparation');
  const [searchParams, setSearchParams] = useSearchParams();
  const { project, projects, selectProject } = useCurrentProject();
  const linked = searchParams.get('projectId');
  const requested = searchParams.get('tab');
  const tab: Tab = TABS.includes(requested as Tab) ? (requested as Tab) : 'preAgreement';

  useEffect(() => {
    if (linked && linked !== project?.id && projects.some((p) => p.id === linked)) selectProject(linked);
  }, [linked, project?.id, projects, selectProject]);

  function show(next: string) {
    const params = new URLSearchParams(searchParams);
    params.set('tab', next);
    params.delete('projectId');
    setSearchParams(params, { replace: true });
  }

  return (
    <>
      <PageHeader title={t('title')} subTitle={project ? `${project.name} · ${t('subTitle')}` : t('subTitle')} />
      {!project ? (
        <EmptyState hint={t('noProject')} />
      ) : (
        <Tabs
          key={project.id}
          activeKey={tab}
          onChange={show}
          destroyOnHidden
          items={[
            { key: 'preAgreement', label: t('tabs.preAgreement'), children: <PreAgreementTab projectId={project.id} /> },
            { key: 'servicePlan', label: t('tabs.servicePlan'), children: <ServicePlanTab projectId={project.id} /> },
            { key: 'checklists', label: t('tabs.checklists'), children: <ChecklistsTab projectId={project.id} /> },
          ]}
        />
      )}
    </>
  );
}
