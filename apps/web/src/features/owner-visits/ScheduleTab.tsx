import { useState } from 'react';
import { App, Button, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VISIT_STATUSES, type VisitStatus } from '@guanjia/domain/owner-visits/index';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { useOwnerVisitCommands, useVisitSchedule, type ScheduleItem, type SchedulePage } from './api';
import { BuildingSelect, ButlerSelect, useCadenceLabel } from './parts';
import { RecordVisitDrawer } from './RecordVisitDrawer';
import './i18n';

const STATUS_COLOR: Record<VisitStatus, string> = { overdue: 'red', due: 'orange', visited: 'green' };

/** 我的回访: the households due, overdue or visited this quarter, earliest due first; record a visit or plan a date. */
export function ScheduleTab({ projectId, everyButler, canRecord }: { projectId: string; everyButler: boolean; canRecord: boolean }) {
  const { t } = useTranslation('ownerVisits');
  const { message } = App.useApp();
  const [status, setStatus] = useState<VisitStatus | undefined>();
  const [butlerId, setButlerId] = useState<string | undefined>();
  const [buildingId, setBuildingId] = useState<string | undefined>();
  const { query, items, pagination } = useVisitSchedule(projectId, { status, butlerId, buildingId });
  const [recording, setRecording] = useState<ScheduleItem | null>(null);
  const [planning, setPlanning] = useState<ScheduleItem | null>(null);
  const [plannedOn, setPlannedOn] = useState('');
  const { plan } = useOwnerVisitCommands(projectId);
  const cadenceLabel = useCadenceLabel();
  const info = query.data as SchedulePage | undefined;

  async function savePlan(value: string | null) {
    if (!planning) return;
    try {
      await plan.mutateAsync({ item: planning, plannedOn: value });
      message.success(t('planned'));
      setPlanning(null);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <>
      {info && (
        <Typography.Paragraph type="secondary">
          {t('quarter', { ...info.quarter })} · {cadenceLabel(info.cadence)}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={t('allStatuses')} aria-label={t('allStatuses')} style={{ width: 160 }} value={status} onChange={setStatus} options={VISIT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        {everyButler && <ButlerSelect projectId={projectId} value={butlerId} onChange={setButlerId} />}
        <BuildingSelect projectId={projectId} value={buildingId} onChange={setBuildingId} />
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<ScheduleItem>
        rowKey={(r) => r.household.id}
        size="middle"
        loading={query.isPending}
        dataSource={items}
        pagination={pagination}
        locale={{ emptyText: <EmptyState hint={`${t('scheduleEmpty')}。${everyButler ? '' : t('scheduleEmptyHint')}`} /> }}
        columns={[
          { title: t('household'), key: 'household', render: (_, r) => r.household.label },
          ...(everyButler ? [{ title: t('butler'), key: 'butler', render: (_: unknown, r: ScheduleItem) => r.butler?.name ?? '—' }] : []),
          { title: t('lastVisit'), key: 'last', render: (_, r) => r.lastVisitedOn ?? t('never') },
          { title: t('dueOn'), dataIndex: 'dueOn' },
          { title: t('common:fields.status'), key: 'status', render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`status.${r.status}`)}</Tag> },
          { title: t('plannedOn'), key: 'planned', render: (_, r) => r.plannedOn ?? '—' },
          ...(canRecord
            ? [
                {
                  title: t('common:fields.actions'),
                  key: 'actions',
                  render: (_: unknown, r: ScheduleItem) => (
                    <Space size={4}>
                      <Button size="small" type="link" onClick={() => setRecording(r)}>
                        {t('record')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        onClick={() => {
                          setPlannedOn(r.plannedOn ?? '');
                          setPlanning(r);
                        }}
                      >
                        {t('plan')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <RecordVisitDrawer household={recording ? recording.household : null} onClose={() => setRecording(null)} />
      <Modal
        open={planning !== null}
        title={planning ? t('planTitle', { household: planning.household.label }) : ''}
        okText={t('common:actions.save')}
        cancelText={t('common:actions.cancel')}
        onOk={() => void savePlan(plannedOn || null)}
        okButtonProps={{ disabled: !plannedOn, loading: plan.isPending }}
        onCancel={() => setPlanning(null)}
        footer={(origin) => (
          <Space>
            {planning?.plannedOn && <Button onClick={() => void savePlan(null)}>{t('planClear')}</Button>}
            {origin}
          </Space>
        )}
        destroyOnHidden
      >
        <Input type="date" aria-label={t('plannedOn')} value={plannedOn} onChange={(e) => setPlannedOn(e.target.value)} />
      </Modal>
    </>
  );
}
