import { useState } from 'react';
import { DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useOverview, type DaySummary } from './api';
import { STATE_COLORS } from './TodayCheck';

const DATE_FORMAT = 'YYYY-MM-DD';
/** Today in Shanghai, whatever the device's zone (Shanghai is UTC+8 all year). */
const shanghaiToday = () => dayjs(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));

/** The managers' view of a day: which sales centers have not completed their check, and who did the others. */
export function ChecksOverview() {
  const { t } = useTranslation('dailyChecks');
  const [date, setDate] = useState<Dayjs>(shanghaiToday);
  const overview = useOverview(date.format(DATE_FORMAT), true);
  const person = (p: DaySummary['startedBy'], at: string | null) => (p && at ? `${p.name} · ${formatDateTime(at)}` : '—');
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Typography.Text>{t('overviewDate')}</Typography.Text>
        <DatePicker aria-label={t('overviewDate')} value={date} format={DATE_FORMAT} allowClear={false} onChange={(d) => d && setDate(d)} />
      </Space>
      {overview.isError && <QueryError error={overview.error} onRetry={() => void overview.refetch()} />}
      <Table<DaySummary>
        rowKey="salesCenterId"
        loading={overview.isFetching}
        dataSource={overview.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState hint={t('overviewEmpty')} /> }}
        columns={[
          { title: t('project'), dataIndex: 'projectName' },
          { title: t('salesCenter'), dataIndex: 'salesCenterName' },
          { title: t('state'), dataIndex: 'state', render: (s: DaySummary['state']) => <Tag color={STATE_COLORS[s]}>{t(`status.${s}`)}</Tag> },
          { title: t('startedAt'), key: 'started', render: (_, r) => person(r.startedBy, r.startedAt) },
          { title: t('completedAt'), key: 'completed', render: (_, r) => person(r.completedBy, r.completedAt) },
          { title: t('answered'), key: 'answered', render: (_, r) => (r.checkId ? `${r.answeredCount}/${r.itemCount}` : '—') },
          { title: t('failedCount'), dataIndex: 'failedCount', render: (n: number) => (n ? <Tag color="red">{n}</Tag> : n) },
        ]}
      />
    </>
  );
}
