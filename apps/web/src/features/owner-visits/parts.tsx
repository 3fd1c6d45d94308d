import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOptionsList } from '../../ui/paging';
import { useVisitCoverage, type Cadence } from './api';
import './i18n';

/** "每季度至少一次" / "每 30 天至少一次". */
export function useCadenceLabel(): (cadence: Cadence) => string {
  const { t } = useTranslation('ownerVisits');
  return (cadence) => (cadence === 'quarterly' ? t('cadence.quarterly') : t('cadence.days', { count: cadence }));
}

/** The project's butlers, as the coverage read lists them (every butler of the project for a manager). */
export function ButlerSelect({ projectId, value, onChange, placeholder }: { projectId: string; value?: string; onChange: (id: string | undefined) => void; placeholder?: string }) {
  const { t } = useTranslation('ownerVisits');
  const coverage = useVisitCoverage(projectId);
  const label = placeholder ?? t('allButlers');
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={label}
      aria-label={label}
      style={{ width: 180 }}
      loading={coverage.isPending}
      value={value}
      onChange={onChange}
      options={(coverage.data?.butlers ?? []).map((b) => ({ value: b.butler.id, label: b.butler.name }))}
    />
  );
}

export function BuildingSelect({ projectId, value, onChange, placeholder }: { projectId: string; value?: string; onChange: (id: string | undefined) => void; placeholder?: string }) {
  const { t } = useTranslation('ownerVisits');
  const buildings = useOptionsList<{ id: string; name: string }>(['ownerVisits', 'buildings'], `/api/projects/${projectId}/buildings`);
  const label = placeholder ?? t('allBuildings');
  return (
    <Select
      allowClear
      placeholder={label}
      aria-label={label}
      style={{ width: 160 }}
      loading={buildings.isPending}
      value={value}
      onChange={onChange}
      options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
    />
  );
}
