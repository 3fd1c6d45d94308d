import { useState } from 'react';
import { App, Button, Input, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { exportVisits, useVisitHistory, type OwnerVisit } from './api';
import { BuildingSelect, ButlerSelect } from './parts';
import './i18n';

/** 回访记录: filtered by butler, building and dates, exported as CSV with the same filters. */
export function HistoryTab({ projectId, everyButler }: { projectId: string; everyButler: boolean }) {
  const { t } = useTranslation('ownerVisits');
  const { message } = App.useApp();
  const [butlerId, setButlerId] = useState<string | undefined>();
  const [buildingId, setBuildingId] = useState<string | undefined>();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filters = { butlerId, buildingId, from, to };
  const { query, items, pagination } = useVisitHistory(projectId, filters);
  const filtered = Boolean(butlerId || buildingId || from || to);

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {everyButler && <ButlerSelect projectId={projectId} value={butlerId} onChange={setButlerId} />}
        <BuildingSelect projectId={projectId} value={buildingId} onChange={setBuildingId} />
        <Input type="date" aria-label={t('history.from')} value={from} onChange={(e) => setFrom(e.target.value)} style={{ width: 160 }} />
        <Input type="date" aria-label={t('history.to')} value={to} onChange={(e) => setTo(e.target.value)} style={{ width: 160 }} />
        <Button icon={<DownloadOutlined />} onClick={() => exportVisits(projectId, filters).catch((e: unknown) => message.error(errorMessage(e)))}>
          {t('history.export')}
        </Button>
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<OwnerVisit>
        rowKey="id"
        size="middle"
        loading={query.isPending}
        dataSource={items}
        pagination={pagination}
        locale={{ emptyText: <EmptyState hint={filtered ? t('common:empty.filterHint') : t('history.emptyHint')} /> }}
        columns={[
          { title: t('history.visitedAt'), key: 'at', render: (_, v) => formatDateTime(v.visitedAt) },
          { title: t('household'), key: 'household', render: (_, v) => v.household.label },
          { title: t('history.kind'), key: 'kind', render: (_, v) => t(`kind.${v.kind}`) },
          { title: t('history.contact'), dataIndex: 'contactName' },
          { title: t('butler'), key: 'butler', render: (_, v) => v.butler?.name ?? '—' },
          { title: t('history.visitedBy'), key: 'by', render: (_, v) => v.visitedBy.name },
          { title: t('history.summary'), dataIndex: 'summary', ellipsis: true },
          {
            title: t('history.needs'),
            key: 'needs',
            render: (_, v) => (
              <Space size={4} wrap>
                {v.needs.map((n) => (
                  <Tag key={n}>{n}</Tag>
                ))}
                {v.needsInProfile && <Tag color="blue">{t('history.inProfile')}</Tag>}
              </Space>
            ),
          },
          { title: t('history.satisfaction'), key: 'sat', render: (_, v) => v.satisfaction ?? '—' },
          { title: t('history.workOrder'), key: 'wo', render: (_, v) => (v.workOrder ? <Link to={`/work-orders/${v.workOrder.id}`}>{v.workOrder.number}</Link> : '—') },
        ]}
      />
    </>
  );
}
