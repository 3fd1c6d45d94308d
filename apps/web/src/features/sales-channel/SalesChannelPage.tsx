import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { DutiesTab } from './DutiesTab';
import { FeedTab } from './FeedTab';
import './i18n';
import { MeetingsTab } from './MeetingsTab';
import { SuggestionsTab } from './SuggestionsTab';

const TABS = ['feed', 'duties', 'suggestions', 'meetings'] as const;
type TabKey = (typeof TABS)[number];

/** 物业管理配合销售: what each side shares, who does what, requests both ways and the joint meetings. */
export function SalesChannelPage() {
  const { t } = useTranslation('salesChannel');
  const { project } = useCurrentProject();
  const [params, setParams] = useSearchParams();
  // ?tab= (and ?item= / ?suggestion= / ?meeting=) come from notification links.
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'feed';
  const select = (key: string) => setParams(new URLSearchParams({ tab: key }), { replace: true });
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      {project ? (
        <Tabs
          activeKey={tab}
          onChange={select}
          destroyOnHidden
          items={[
            { key: 'feed', label: t('tabs.feed'), children: <FeedTab key={project.id} projectId={project.id} /> },
            { key: 'duties', label: t('tabs.duties'), children: <DutiesTab key={project.id} projectId={project.id} /> },
            { key: 'suggestions', label: t('tabs.suggestions'), children: <SuggestionsTab key={project.id} projectId={project.id} /> },
            { key: 'meetings', label: t('tabs.meetings'), children: <MeetingsTab key={project.id} projectId={project.id} /> },
          ]}
        />
      ) : (
        <EmptyState />
      )}
    </>
  );
}
