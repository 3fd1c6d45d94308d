import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { PlansTab } from './PlansTab';
import { RulesTab } from './RulesTab';
import { SuggestionsTab } from './SuggestionsTab';
import './i18n';

const TABS = ['suggestions', 'plans', 'rules'] as const;
type Tab = (typeof TABS)[number];

/** 个性化关怀: the butler's queue of suggestions, the running plans and the rules behind them. */
export function CarePlanPage() {
  const { t } = useTranslation('carePlans');
  const { project } = useCurrentProject();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'suggestions';
  const projectId = project?.id;
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'suggestions', label: t('tabs.suggestions'), children: <SuggestionsTab projectId={projectId} /> },
          { key: 'plans', label: t('tabs.plans'), children: <PlansTab projectId={projectId} /> },
          { key: 'rules', label: t('tabs.rules'), children: <RulesTab projectId={projectId} /> },
        ]}
      />
    </>
  );
}
