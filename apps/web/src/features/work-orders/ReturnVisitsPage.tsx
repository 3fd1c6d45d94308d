import { useState } from 'react';
import { Alert, Button, Flex, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { usePendingReturnVisits, useRecordReturnVisit, type ReturnVisit } from './api';
import { categoryLabel, kindLabel } from './labels';
import { KeysetTable, RequesterCell } from './parts';
import { ReturnVisitModal } from './ReturnVisitModal';

/** 回访: completed orders whose requester is to be called back; the butler records the answer. */
export function ReturnVisitsPage() {
  const { t } = useTranslation('workOrders');
  const { project } = useCurrentProject();
  const list = usePendingReturnVisits(project?.id ?? null);
  const record = useRecordReturnVisit();
  const [visiting, setVisiting] = useState<ReturnVisit | null>(null);

  const columns: TableColumnsType<ReturnVisit> = [
    {
      title: t('columns.number'),
      key: 'number',
      render: (_, row) => <Link to={`/work-orders/${row.workOrderId}`}>{row.workOrder.number}</Link>,
    },
    { title: t('columns.title'), key: 'title', render: (_, row) => row.workOrder.title },
    {
      title: t('columns.category'),
      key: 'category',
      render: (_, row) => categoryLabel(t, row.workOrder.categoryNumber) || kindLabel(t, row.workOrder.kind),
    },
    {
      title: t('columns.requester'),
      key: 'requester',
      render: (_, row) => <RequesterCell name={row.workOrder.requesterName} phone={row.workOrder.requesterPhone} unit={row.workOrder.unitLabel} workOrderId={row.workOrderId} canReveal={row.workOrder.phoneRevealable} />,
    },
    { title: t('columns.assignee'), key: 'assignee', render: (_, row) => row.workOrder.assigneeName ?? '' },
    { title: t('returnVisits.completedAt'), key: 'completedAt', render: (_, row) => formatDateTime(row.workOrder.completedAt) },
    {
      title: t('returnVisits.dueAt'),
      dataIndex: 'dueAt',
      render: (dueAt: string, row) => (
        <Space size={4}>
          <Typography.Text type={row.overdue ? 'danger' : undefined}>{formatDateTime(dueAt)}</Typography.Text>
          {row.overdue && <Tag color="red">{t('overdue')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('common:fields.actions'),
      key: 'actions',
      render: (_, row) => (
        <Button type="link" onClick={() => setVisiting(row)}>
          {t('returnVisits.record')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('returnVisits.title')} subTitle={t('returnVisits.subtitle')} />
      {!project && <Alert type="info" showIcon title={t('noProject')} />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {project && <KeysetTable<ReturnVisit> list={list} columns={columns} emptyHint={t('returnVisits.emptyHint')} />}
      {list.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('loadMore')}
          </Button>
        </Flex>
      )}
      {visiting && (
        <ReturnVisitModal
          subject={`${visiting.workOrder.number} ${visiting.workOrder.title} · ${visiting.workOrder.requesterName}`}
          onClose={() => setVisiting(null)}
          onConflict={() => void list.refetch()}
          onSubmit={(body) => record.mutateAsync({ workOrderId: visiting.workOrderId, body })}
        />
      )}
    </>
  );
}
