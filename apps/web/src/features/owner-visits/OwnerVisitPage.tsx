import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { canManageOwnerVisits, canRecordOwnerVisits, seesEveryButler } from './access';
import { AssignTab } from './AssignTab';
import { CoverageTab } from './CoverageTab';
import { HistoryTab } from './HistoryTab';
import { ScheduleTab } from './ScheduleTab';
import './i18n';

/** 定期回访: the due list, the records, who looks after which household and this quarter's coverage. */
export function OwnerVisitPage() {
  const { t } = useTranslation('ownerVisits');
  const auth = useAuth();
  const { project } = useCurrentProject();
  const [params, setParams] = useSearchParams();
  const everyButler = seesEveryButler(auth);
  const manager = canManageOwnerVisits(auth);

  if (!project) {
    return (
      <>
        <PageHeader title={t('title')} subTitle={t('subtitle')} />
        <EmptyState hint={t('noProject')} />
      </>
    );
  }
  const items = [
    { key: 'my', label: t('tabs.my'), children: <ScheduleTab projectId={project.id} everyButler={everyButler} canRecord={canRecordOwnerVisits(auth)} /> },
    { key: 'history', label: t('tabs.history'), children: <HistoryTab projectId={project.id} everyButler={everyButler} /> },
    ...(manager ? [{ key: 'assign', label: t('tabs.assign'), children: <AssignTab projectId={project.id} /> }] : []),
    ...(everyButler ? [{ key: 'coverage', label: t('tabs.coverage'), children: <CoverageTab projectId={project.id} /> }] : []),
  ];
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      <Tabs
        activeKey={items.some((i) => i.key === params.get('tab')) ? params.get('tab')! : 'my'}
        onChange={(k) => setParams(k === 'my' ? {} : { tab: k })}
        items={items}
        destroyOnHidden
      />
    </>
  );
}
