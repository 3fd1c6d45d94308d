import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { canEditDailyCheckTemplate, canOverseeDailyChecks } from './access';
import { ChecksOverview } from './ChecksOverview';
import './i18n';
import { TemplateEditor } from './TemplateEditor';
import { TodayCheck } from './TodayCheck';

/** 每日开场检查: today's checklist of a sales center, the managers' overview, and the checklist itself. */
export function DailyChecksPage() {
  const { t } = useTranslation('dailyChecks');
  const auth = useAuth();
  const { project } = useCurrentProject();
  const editor = canEditDailyCheckTemplate(auth);
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      {project ? (
        <Tabs
          items={[
            { key: 'today', label: t('tabs.today'), children: <TodayCheck key={project.id} projectId={project.id} /> },
            ...(canOverseeDailyChecks(auth) ? [{ key: 'overview', label: t('tabs.overview'), children: <ChecksOverview /> }] : []),
            { key: 'template', label: t('tabs.template'), children: <TemplateEditor key={project.id} projectId={project.id} editable={editor} /> },
          ]}
        />
      ) : (
        <EmptyState />
      )}
    </>
  );
}
