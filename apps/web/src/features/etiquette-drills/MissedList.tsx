import { useState } from 'react';
import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { useMissedDrills, type MissedDrill } from './api';
import { DateRangeBar, shiftDate } from './parts';

/** 未完成清单: the drills the hourly check flagged in the project, with who was told. */
export function MissedList({ projectId, today }: { projectId: string; today: string }) {
  const { t } = useTranslation('etiquetteDrills');
  const [from, setFrom] = useState(shiftDate(today, -30));
  const [to, setTo] = useState(today);
  const missed = useMissedDrills(projectId, from, to);

  return (
    <>
      <DateRangeBar
        from={from}
        to={to}
        onChange={(a, b) => {
          setFrom(a);
          setTo(b);
        }}
      />
      {missed.isError && <QueryError error={missed.error} onRetry={() => void missed.refetch()} />}
      <Table<MissedDrill>
        size="small"
        rowKey="id"
        loading={missed.isPending}
        dataSource={missed.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('missed.empty')} /> }}
        columns={[
          { title: t('timetable.date'), dataIndex: 'date', width: 120 },
          { title: t('missed.time'), key: 'time', width: 120, render: (_, m) => `${m.start}–${m.end}` },
          { title: t('missed.center'), key: 'center', render: (_, m) => m.salesCenter.name },
          { title: t('missed.kind'), key: 'kind', render: (_, m) => t(`kind.${m.kind}`) },
          { title: t('missed.flaggedAt'), key: 'flaggedAt', render: (_, m) => formatDateTime(m.flaggedAt) },
          { title: t('missed.notified'), key: 'notified', render: (_, m) => m.notified.map((p) => p.name).join('、') },
        ]}
      />
    </>
  );
}
