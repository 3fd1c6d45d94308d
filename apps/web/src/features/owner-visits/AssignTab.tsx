import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, InputNumber, Popconfirm, Radio, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { useAssignments, useOwnerVisitCommands, useVisitCoverage, useVisitSettings, type Assignment } from './api';
import { BuildingSelect, ButlerSelect } from './parts';
import './i18n';

/** 管家分管: 选择楼栋 → 分配管家, or pick households; and the project's visit cadence. */
export function AssignTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation('ownerVisits');
  const { message } = App.useApp();
  const [buildingId, setBuildingId] = useState<string | undefined>();
  const [butlerId, setButlerId] = useState<string | undefined>();
  const [onlyUnassigned, setOnlyUnassigned] = useState(false);
  const [showUnassigned, setShowUnassigned] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const { query, items, pagination } = useAssignments(projectId, { buildingId, unassigned: showUnassigned ? 'true' : undefined });
  const coverage = useVisitCoverage(projectId);
  const { assign } = useOwnerVisitCommands(projectId);
  const butlerName = coverage.data?.butlers.find((b) => b.butler.id === butlerId)?.butler.name ?? '';
  const buildingName = items.find((i) => i.household.buildingId === buildingId)?.household.buildingName ?? '';

  async function run(body: { buildingId?: string; householdIds?: string[] }) {
    if (!butlerId) return;
    try {
      const result = await assign.mutateAsync({ butlerId, onlyUnassigned, ...body });
      message.success(t('assign.assigned', result));
      setSelected([]);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const sourceTag = (a: Assignment) => (a.source === 'assigned' ? <Tag color="blue">{t('assign.source.assigned')}</Tag> : a.source === 'deal' ? <Tag>{t('assign.source.deal')}</Tag> : <Tag color="orange">{t('assign.source.none')}</Tag>);

  return (
    <>
      <Alert type="info" showIcon title={t('assign.hint')} style={{ marginBottom: 12 }} />
      <Space wrap style={{ marginBottom: 12 }}>
        <BuildingSelect projectId={projectId} value={buildingId} onChange={setBuildingId} placeholder={t('assign.chooseBuilding')} />
        <ButlerSelect projectId={projectId} value={butlerId} onChange={setButlerId} placeholder={t('assign.chooseButler')} />
        <Checkbox checked={onlyUnassigned} onChange={(e) => setOnlyUnassigned(e.target.checked)}>
          {t('assign.onlyUnassigned')}
        </Checkbox>
        <Popconfirm
          title={t('assign.assignBuildingConfirm', { building: buildingName, butler: butlerName })}
          okText={t('common:actions.confirm')}
          cancelText={t('common:actions.cancel')}
          onConfirm={() => run({ buildingId })}
          disabled={!buildingId || !butlerId}
        >
          <Button type="primary" disabled={!buildingId || !butlerId} loading={assign.isPending}>
            {t('assign.assignBuilding')}
          </Button>
        </Popconfirm>
        <Button disabled={!selected.length || !butlerId} onClick={() => run({ householdIds: selected })}>
          {t('assign.assignSelected', { count: selected.length })}
        </Button>
        <Checkbox checked={showUnassigned} onChange={(e) => setShowUnassigned(e.target.checked)}>
          {t('assign.unassignedOnly')}
        </Checkbox>
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<Assignment>
        rowKey={(r) => r.household.id}
        size="middle"
        loading={query.isPending}
        dataSource={items}
        pagination={pagination}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        locale={{ emptyText: <EmptyState hint={t('assign.emptyHint')} /> }}
        columns={[
          { title: t('building'), key: 'building', render: (_, r) => r.household.buildingName },
          { title: t('household'), key: 'household', render: (_, r) => r.household.label },
          { title: t('butler'), key: 'butler', render: (_, r) => r.butler?.name ?? '—' },
          { title: t('common:fields.status'), key: 'source', render: (_, r) => sourceTag(r) },
        ]}
      />
      <CadenceCard projectId={projectId} />
    </>
  );
}

/** The project's cadence: at least once a quarter (default) or every N days. */
function CadenceCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation('ownerVisits');
  const { message } = App.useApp();
  const settings = useVisitSettings(projectId);
  const { updateSettings } = useOwnerVisitCommands(projectId);
  const [days, setDays] = useState<number | null>(null);
  const [mode, setMode] = useState<'quarterly' | 'days' | null>(null);
  if (!settings.data) return null;
  const current = settings.data.cadence;
  const shownMode = mode ?? (current === 'quarterly' ? 'quarterly' : 'days');
  const shownDays = days ?? (typeof current === 'number' ? current : 90);

  async function save() {
    try {
      await updateSettings.mutateAsync({ cadence: shownMode === 'quarterly' ? 'quarterly' : shownDays, version: settings.data!.version });
      message.success(t('assign.cadenceSaved'));
      setMode(null);
      setDays(null);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <Card size="small" title={t('assign.cadenceTitle')} style={{ marginTop: 16 }}>
      <Space wrap>
        <Radio.Group
          value={shownMode}
          onChange={(e) => setMode(e.target.value as 'quarterly' | 'days')}
          options={[
            { value: 'quarterly', label: t('assign.cadenceQuarterly') },
            { value: 'days', label: t('assign.cadenceDays') },
          ]}
        />
        {shownMode === 'days' && <InputNumber aria-label={t('assign.days')} min={7} max={366} value={shownDays} onChange={(v) => setDays(v ?? null)} addonAfter={t('assign.days')} />}
        <Button type="primary" loading={updateSettings.isPending} onClick={() => void save()} disabled={!settings.data.canEdit}>
          {t('common:actions.save')}
        </Button>
      </Space>
    </Card>
  );
}
