import { Select, Spin, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../staff/StatusPages';
import { useAuth } from '../../ui/auth';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { useSalesCenters } from '../reception/api';
import { canSeeEtiquetteDrills, canSeeMissedDrills } from './access';
import { DrillSettingsPanel } from './DrillSettingsPanel';
import './i18n';
import { MissedList } from './MissedList';
import { shanghaiToday } from './parts';
import { PastDays } from './PastDays';
import { TimetableCard } from './TimetableCard';

/**
 * 礼仪演练: a sales center's drill timetable with 记录完成, its past days, the missed drills and the
 * peak-period settings. `?salesCenterId=&date=` (as the missed-drill notice links) opens that day.
 */
export function EtiquetteDrillsPage() {
  const auth = useAuth();
  if (!canSeeEtiquetteDrills(auth)) return <Forbidden />;
  return <DrillsPage />;
}

function DrillsPage() {
  const { t } = useTranslation('etiquetteDrills');
  const auth = useAuth();
  const { project } = useCurrentProject();
  const centers = useSalesCenters(project?.id);
  const [params, setParams] = useSearchParams();
  const list = centers.data ?? [];
  const center = list.find((c) => c.id === params.get('salesCenterId')) ?? list[0];
  const date = params.get('date') ?? undefined;
  const today = shanghaiToday();

  function setParam(key: string, value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  const picker = list.length > 1 && (
    <Select aria-label={t('pickCenter')} style={{ minWidth: 220 }} value={center?.id} onChange={(id: string) => setParam('salesCenterId', id)} options={list.map((c) => ({ value: c.id, label: c.name }))} />
  );

  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subtitle')} extra={picker} />
      {centers.isError && <QueryError error={centers.error} onRetry={() => void centers.refetch()} />}
      {centers.isPending && project && <Spin style={{ display: 'block', margin: '24px auto' }} />}
      {centers.data && !center && <EmptyState hint={t('noCenter')} />}
      {center && (
        <Tabs
          destroyOnHidden
          items={[
            { key: 'today', label: t('tabs.today'), children: <TimetableCard key={center.id} centerId={center.id} date={date} onDate={(d) => setParam('date', d)} /> },
            { key: 'past', label: t('tabs.past'), children: <PastDays key={center.id} centerId={center.id} today={today} /> },
            ...(canSeeMissedDrills(auth) ? [{ key: 'missed', label: t('tabs.missed'), children: <MissedList projectId={center.projectId} today={today} /> }] : []),
            { key: 'settings', label: t('tabs.settings'), children: <DrillSettingsPanel key={center.id} centerId={center.id} /> },
          ]}
        />
      )}
    </>
  );
}
