import { useState } from 'react';
import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { formatDateTime } from '../../ui/format';
import { usePagedList } from '../../ui/paging';
import { roleLabel } from '../../ui/roles';
import { useLanguage } from '../../ui/useLanguage';
import { approvalKeys, type ApprovalSummary } from './api';
import { ApprovalDrawer } from './ApprovalDrawer';
import { documentTypeLabel, STATUS_COLORS, statusLabel, stepLabel } from './labels';

export function ApprovalsPage() {
  const { t } = useTranslation('approvals');
  const { language } = useLanguage();
  const { query, items, pagination } = usePagedList<ApprovalSummary>(approvalKeys.inbox, '/api/approvals/inbox');
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subtitle')}
        extra={<Button onClick={() => void query.refetch()}>{t('common:actions.refresh')}</Button>}
      />
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<ApprovalSummary>
        rowKey="id"
        loading={query.isFetching}
        dataSource={items}
        pagination={pagination}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('emptyHint')} /> }}
        columns={[
          { title: t('columns.title'), dataIndex: 'title' },
          { title: t('columns.documentType'), dataIndex: 'documentType', render: (v: string) => documentTypeLabel(t, v) },
          { title: t('columns.project'), dataIndex: 'projectName' },
          { title: t('columns.submittedBy'), render: (_, row) => row.submittedBy.name },
          { title: t('columns.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('columns.step'),
            key: 'step',
            render: (_, row) =>
              `${stepLabel(t, row)}${row.currentRole ? ` · ${roleLabel(row.currentRole, language)}` : ''}`,
          },
          {
            title: t('columns.status'),
            dataIndex: 'status',
            render: (v: string) => <Tag color={STATUS_COLORS[v]}>{statusLabel(t, v)}</Tag>,
          },
          {
            title: t('common:fields.actions'),
            key: 'actions',
            render: (_, row) => (
              <Button type="link" onClick={() => setOpenId(row.id)}>
                {t('common:actions.view')}
              </Button>
            ),
          },
        ]}
      />
      <ApprovalDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
