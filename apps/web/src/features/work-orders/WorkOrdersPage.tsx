import { useState } from 'react';
import { Alert, App, Button, Flex, Space, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../ui/auth';
import { errorMessage } from '../../ui/form-errors';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentProject } from '../../ui/project';
import { QueryError } from '../../ui/QueryError';
import { isWorkOrderDesk } from './access';
import { exportWorkOrders, useWorkOrderList, type WorkOrderFilters as Filters, type WorkOrderScope, type WorkOrderSummary } from './api';
import { categoryLabel } from './labels';
import { DueCell, KeysetTable, RequesterCell, StatusTag } from './parts';
import { WorkOrderFilters } from './WorkOrderFilters';

const SCOPES: readonly WorkOrderScope[] = ['all', 'accountable', 'assigned', 'pool'];

function isScope(value: string | null): value is WorkOrderScope {
  return value !== null && (SCOPES as readonly string[]).includes(value);
}

export function WorkOrdersPage() {
  const { t } = useTranslation('workOrders');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { project } = useCurrentProject();
  // Only the desk records orders; technicians and vendor staff work on them.
  const desk = isWorkOrderDesk(useAuth());
  const [searchParams, setSearchParams] = useSearchParams();
  // The tab lives in the URL so "my responsibilities" can be linked to and survives a reload.
  const tabParam = searchParams.get('tab');
  const scope: WorkOrderScope = isScope(tabParam) ? tabParam : 'all';
  const [rest, setRest] = useState<Omit<Filters, 'scope'>>({});
  const filters: Filters = { ...rest, scope };
  const list = useWorkOrderList(project?.id ?? null, filters);
  const [exporting, setExporting] = useState(false);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(rest).some((v) => v !== undefined);

  function showTab(next: WorkOrderScope) {
    setSearchParams(next === 'all' ? {} : { tab: next }, { replace: true });
  }

  async function download() {
    if (!project) return;
    setExporting(true);
    try {
      await exportWorkOrders(project.id, filters);
    } catch (error) {
      message.error(t('exportFailed', { message: errorMessage(error) }));
    } finally {
      setExporting(false);
    }
  }

  const columns: TableColumnsType<WorkOrderSummary> = [
    {
      title: t('columns.number'),
      dataIndex: 'number',
      render: (number: string, row) => <Link to={`/work-orders/${row.id}`}>{number}</Link>,
    },
    {
      title: t('columns.title'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <Space size={4}>
          {row.emergency && <Tag color="red">{t('emergency')}</Tag>}
          <span>{title}</span>
        </Space>
      ),
    },
    { title: t('columns.category'), dataIndex: 'categoryNumber', render: (n: number | null) => categoryLabel(t, n) },
    { title: t('columns.status'), dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
    {
      title: t('columns.requester'),
      key: 'requester',
      render: (_, row) => <RequesterCell name={row.requesterName} phone={row.requesterPhone} unit={row.unitLabel} workOrderId={row.id} canReveal={row.phoneRevealable} />,
    },
    { title: t('columns.assignee'), dataIndex: 'assigneeName', render: (name: string | null) => name ?? '' },
    { title: t('columns.accountable'), key: 'accountable', render: (_, row) => row.accountableStaff?.name ?? '' },
    { title: t('columns.due'), key: 'due', render: (_, row) => <DueCell order={row} /> },
    {
      title: t('columns.urges'),
      dataIndex: 'urgeCount',
      align: 'right',
      render: (n: number) => (n > 0 ? <Typography.Text type="warning">{n}</Typography.Text> : 0),
    },
    { title: t('columns.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
  ];

  const table = (
    <>
      <WorkOrderFilters projectId={project?.id ?? ''} filters={filters} onChange={({ scope: _scope, ...next }) => setRest(next)} />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <KeysetTable<WorkOrderSummary>
        list={list}
        columns={columns}
        emptyHint={filtered ? t('common:empty.filterHint') : t(`tabHints.${scope}`)}
        onRow={(row) => ({ onDoubleClick: () => navigate(`/work-orders/${row.id}`) })}
      />
      {items.length > 0 && (
        <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('shown', { count: items.length })}</Typography.Text>
          {list.hasNextPage ? (
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('loadMore')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('noMore')}</Typography.Text>
          )}
        </Flex>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exporting} disabled={!project} onClick={() => void download()}>
              {t('export')}
            </Button>
            {desk && (
              <Button type="primary" icon={<PlusOutlined />} disabled={!project} onClick={() => navigate('/work-orders/new')}>
                {t('create')}
              </Button>
            )}
          </>
        }
      />
      {!project ? (
        <Alert type="info" showIcon title={t('noProject')} />
      ) : (
        <Tabs
          activeKey={scope}
          onChange={(key) => showTab(key as WorkOrderScope)}
          destroyOnHidden
          items={SCOPES.map((key) => ({ key, label: t(`tabs.${key}`), children: key === scope ? table : null }))}
        />
      )}
    </>
  );
}
