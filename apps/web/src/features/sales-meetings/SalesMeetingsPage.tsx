import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { canRecordSalesMeetings } from './access';
import './i18n';
import { IssuesTab } from './IssuesTab';
import { MeetingsTab } from './MeetingsTab';

/** 销售工作例会: the meetings the butler attended and the issues raised there, followed until closed. */
export function SalesMeetingsPage() {
  const { t } = useTranslation('salesMeetings');
  const canRecord = canRecordSalesMeetings(useAuth());
  const { project } = useCurrentProject();
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      {project ? (
        <Tabs
          items={[
            { key: 'meetings', label: t('tabs.meetings'), children: <MeetingsTab key={project.id} projectId={project.id} canRecord={canRecord} /> },
            { key: 'issues', label: t('tabs.issues'), children: <IssuesTab key={project.id} projectId={project.id} /> },
          ]}
        />
      ) : (
        <EmptyState />
      )}
    </>
  );
}
