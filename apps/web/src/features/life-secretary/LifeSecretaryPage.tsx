import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { GreetingsTab } from './GreetingsTab';
import { RelayTab } from './RelayTab';
import { WakeUpTab } from './WakeUpTab';
import './i18n';

/** 生活秘书服务: 定时叫醒, 留言转达, 节日问候 and 生日祝贺 of the current project. */
export function LifeSecretaryPage() {
  const { t } = useTranslation('lifeSecretary');
  const { project } = useCurrentProject();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      {!project ? (
        <EmptyState hint={t('noProject')} />
      ) : (
        <Tabs
          activeKey={params.get('tab') ?? 'wakeUps'}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'wakeUps', label: t('tabs.wakeUps'), children: <WakeUpTab projectId={project.id} /> },
            { key: 'relays', label: t('tabs.relays'), children: <RelayTab projectId={project.id} /> },
            { key: 'greetings', label: t('tabs.greetings'), children: <GreetingsTab projectId={project.id} /> },
          ]}
        />
      )}
    </>
  );
}
