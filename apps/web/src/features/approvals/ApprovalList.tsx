import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { QueryError } from '../../ui/QueryError';
import type { QueryParams } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { usePagedList } from '../../ui/paging';
import { roleLabel } from '../../ui/roles';
import { useLanguage } from '../../ui/useLanguage';
import type { ApprovalSummary } from './api';
import { documentTypeLabel, STATUS_COLORS, statusLabel, stepLabel } from './labels';

interface ApprovalListProps {
  queryKey: readonly unknown[];
  path: string;
  params?: QueryParams;
  emptyHint: string;
  /** "My requests" are all the user's own, so the submitter column is left out. */
  showSubmitter?: boolean;
  onOpen: (id: string) => void;
}

/** One paged list of approval requests (the inbox or my requests); rows open the detail drawer. */
export function ApprovalList({ queryKey, path, params, emptyHint, showSubmitter = true, onOpen }: ApprovalListProps) {
  const { t } = useTranslation('approvals');
  const { language } = useLanguage();
  const { query, items, pagination } = usePagedList<ApprovalSummary>(queryKey, path, params);

  return (
    <>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<ApprovalSummary>
        rowKey="id"
        loading={query.isFetching}
        dataSource={items}
        pagination={pagination}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={emptyHint} /> }}
        columns={[
          { title: t('columns.title'), dataIndex: 'title' },
          { title: t('columns.documentType'), dataIndex: 'documentType', render: (v: string) => documentTypeLabel(t, v) },
          { title: t('columns.project'), dataIndex: 'projectName' },
          ...(showSubmitter
            ? [{ title: t('columns.submittedBy'), key: 'submittedBy', render: (_: unknown, row: ApprovalSummary) => row.submittedBy.name }]
            : []),
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
              <Button type="link" onClick={() => onOpen(row.id)}>
                {t('common:actions.view')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
