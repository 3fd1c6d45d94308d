import { useState } from 'react';
import { Button, DatePicker, Input, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVICE_CATEGORY_NUMBERS } from '@guanjia/domain/service-catalog/catalog';
import { useAuth } from '../../ui/auth';
import { useOptionsList } from '../../ui/paging';
import { orgPaths, type Building } from '../org/api';
import type { WorkOrderFilters as Filters } from './api';
import { categoryLabel, statusLabel, WORK_ORDER_STATUSES, type WorkOrderStatus } from './labels';
import { isWorkOrderDesk } from './access';
import { StaffSelect } from './StaffSelect';

interface WorkOrderFiltersProps {
  projectId: string;
  filters: Filters;
  onChange: (next: Filters) => void;
}

/** Everything the list can be narrowed by; each change starts the keyset paging again. */
export function WorkOrderFilters({ projectId, filters, onChange }: WorkOrderFiltersProps) {
  const { t } = useTranslation('workOrders');
  // The desk picks among the project's workers; a field worker's own list needs no such filter.
  const canFilterByAssignee = isWorkOrderDesk(useAuth());
  const buildings = useOptionsList<Building>(['buildings'], orgPaths.buildings(projectId));
  // Remounting the uncontrolled inputs is how "clear" empties them.
  const [generation, setGeneration] = useState(0);
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const active = Object.entries(filters).some(([key, v]) => key !== 'scope' && v !== undefined && !(Array.isArray(v) && v.length === 0));

  return (
    <Space wrap style={{ marginBottom: 12 }} key={generation}>
      <Input.Search
        allowClear
        placeholder={t('filters.q')}
        aria-label={t('filters.q')}
        defaultValue={filters.q}
        onSearch={(value) => set({ q: value.trim() || undefined })}
        style={{ width: 240 }}
      />
      <Select<WorkOrderStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('filters.status')}
        aria-label={t('filters.status')}
        value={filters.status ?? []}
        onChange={(status) => set({ status: status.length ? status : undefined })}
        style={{ minWidth: 180 }}
        options={WORK_ORDER_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
      />
      <Select<number>
        allowClear
        placeholder={t('filters.category')}
        aria-label={t('filters.category')}
        value={filters.categoryNumber}
        onChange={(categoryNumber) => set({ categoryNumber })}
        style={{ width: 150 }}
        options={SERVICE_CATEGORY_NUMBERS.map((n) => ({ value: n, label: categoryLabel(t, n) }))}
      />
      {canFilterByAssignee && (
        <StaffSelect
          projectId={projectId}
          allowClear
          placeholder={t('filters.assignee')}
          value={filters.assigneeUserId}
          onChange={(assigneeUserId) => set({ assigneeUserId })}
          style={{ width: 170 }}
        />
      )}
      <Select<string>
        allowClear
        placeholder={t('filters.building')}
        aria-label={t('filters.building')}
        value={filters.buildingId}
        onChange={(buildingId) => set({ buildingId })}
        style={{ width: 130 }}
        options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
      />
      <DatePicker.RangePicker
        placeholder={[t('filters.dateFrom'), t('filters.dateTo')]}
        onChange={(_, [from, to]) => set({ from: from || undefined, to: to || undefined })}
      />
      <Space size={4}>
        <Switch
          size="small"
          checked={filters.overdue ?? false}
          onChange={(overdue) => set({ overdue: overdue || undefined })}
          aria-label={t('filters.overdue')}
        />
        <Typography.Text>{t('filters.overdue')}</Typography.Text>
      </Space>
      {active && (
        <Button
          type="link"
          onClick={() => {
            setGeneration((g) => g + 1);
            onChange({ scope: filters.scope });
          }}
        >
          {t('filters.reset')}
        </Button>
      )}
    </Space>
  );
}
