import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { QueryError } from '../../ui/QueryError';
import { useRehearsals, type Rehearsal } from './api';
import { KindTag } from './parts';

/** 营销部现场负责人's upcoming joint rehearsals: when, for which event, and whether they confirmed. */
export function MyRehearsalsCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation('eventPlans');
  const rehearsals = useRehearsals(projectId, true);
  return (
    <Card size="small" title={t('rehearsals.title')} extra={<Typography.Text type="secondary">{t('rehearsals.hint')}</Typography.Text>} style={{ marginBottom: 16 }}>
      {rehearsals.isError && <QueryError error={rehearsals.error} onRetry={() => void rehearsals.refetch()} />}
      <Table<Rehearsal>
        rowKey="planId"
        size="small"
        pagination={false}
        loading={rehearsals.isFetching}
        dataSource={rehearsals.data ?? []}
        locale={{ emptyText: <EmptyState hint={t('rehearsals.empty')} /> }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('rehearsals.date'), dataIndex: 'rehearsalDate', render: (d: string) => <Typography.Text strong>{d}</Typography.Text> },
          {
            title: t('rehearsals.event'),
            key: 'event',
            render: (_, r) => (
              <>
                <Link to={`/event-plans/${r.planId}`}>{r.title}</Link> <KindTag kind={r.kind} />
              </>
            ),
          },
          { title: t('rehearsals.eventDate'), dataIndex: 'eventDate' },
          { title: t('list.salesCenter'), key: 'center', render: (_, r) => r.salesCenter?.name ?? '—' },
          { title: t('rehearsals.lead'), key: 'lead', render: (_, r) => r.eventLead?.name ?? '—' },
          {
            title: t('rehearsals.state'),
            key: 'state',
            render: (_, r) => (r.confirmedAt ? <Tag color="green">{t('rehearsals.confirmed')}</Tag> : <Tag color="orange">{t('rehearsals.pending')}</Tag>),
          },
        ]}
      />
    </Card>
  );
}
