import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import type { MeetingIssue, MeetingIssueStatus } from './api';
import { IssueActions } from './IssueActions';

const STATUS_COLORS: Record<MeetingIssueStatus, string> = { open: 'processing', inProgress: 'gold', resolved: 'success', dropped: 'default' };

export function IssueStatusTag({ status }: { status: MeetingIssueStatus }) {
  const { t } = useTranslation('salesMeetings');
  return <Tag color={STATUS_COLORS[status]}>{t(`statuses.${status}`)}</Tag>;
}

/** Issues with owner, due date (overdue marked), status and the steps the caller may take. */
export function IssueTable({ issues, loading, empty, pagination }: { issues: MeetingIssue[]; loading?: boolean; empty: string; pagination?: false | object }) {
  const { t } = useTranslation('salesMeetings');
  return (
    <Table<MeetingIssue>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={issues}
      pagination={pagination ?? false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <EmptyState hint={empty} /> }}
      columns={[
        {
          title: t('description'),
          key: 'description',
          render: (_, i) => (
            <>
              <div>{i.description}</div>
              {i.resolution && <Typography.Text type="secondary">{i.resolution}</Typography.Text>}
            </>
          ),
        },
        { title: t('owner'), dataIndex: 'ownerName' },
        {
          title: t('dueDate'),
          key: 'due',
          render: (_, i) => (
            <Space>
              {i.dueDate}
              {i.overdue && <Tag color="red">{t('overdue')}</Tag>}
            </Space>
          ),
        },
        { title: t('raisedOn'), dataIndex: 'raisedOn' },
        { title: t('status'), key: 'status', render: (_, i) => <IssueStatusTag status={i.status} /> },
        { title: t('common:fields.actions'), key: 'actions', render: (_, i) => <IssueActions issue={i} /> },
      ]}
    />
  );
}
