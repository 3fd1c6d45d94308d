import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { OverviewTable } from './OverviewTable';
import { ProjectReadiness } from './ProjectReadiness';
import './i18n';

/**
 * 开盘准备: the overview of every project the user sees, or one project's readiness when the
 * address names it (`?projectId=`, as the milestone alerts link).
 */
export function OpeningReadinessPage() {
  const { t } = useTranslation('openingReadiness');
  const [searchParams, setSearchParams] = useSearchParams();
  const projectId = searchParams.get('projectId');

  function show(id: string | null) {
    const params = new URLSearchParams(searchParams);
    if (id) params.set('projectId', id);
    else params.delete('projectId');
    setSearchParams(params);
  }

  if (projectId) return <ProjectReadiness key={projectId} projectId={projectId} onBack={() => show(null)} />;
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} />
      <OverviewTable onOpen={(id) => show(id)} />
    </>
  );
}
