import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { canSendMessages } from './access';
import { BroadcastTab } from './BroadcastTab';
import { ChannelsTab } from './ChannelsTab';
import { OutboxTab } from './OutboxTab';
import { TemplatesTab } from './TemplatesTab';
import './i18n';

/** 消息与提醒: the outbox, broadcasts to households, templates and the channels' state. */
export function MessagingPage() {
  const { t } = useTranslation('messaging');
  const auth = useAuth();
  const { project } = useCurrentProject();
  const [params, setParams] = useSearchParams();
  const items = [
    { key: 'outbox', label: t('tabs.outbox'), children: project && <OutboxTab projectId={project.id} /> },
    ...(canSendMessages(auth) ? [{ key: 'broadcast', label: t('tabs.broadcast'), children: project && <BroadcastTab projectId={project.id} /> }] : []),
    { key: 'templates', label: t('tabs.templates'), children: <TemplatesTab /> },
    { key: 'channels', label: t('tabs.channels'), children: <ChannelsTab projectId={project?.id} /> },
  ];
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      {!project ? (
        <EmptyState hint={t('noProject')} />
      ) : (
        <Tabs activeKey={params.get('tab') ?? 'outbox'} onChange={(k) => setParams({ tab: k }, { replace: true })} items={items} destroyOnHidden />
      )}
    </>
  );
}
