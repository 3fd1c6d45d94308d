import { useState } from 'react';
import { Card, Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../ui/QueryError';
import { useDrillDays } from './api';
import { DateRangeBar, shiftDate } from './parts';
import { SlotTable } from './SlotTable';

/** The days before (the last week by default), newest first, each slot done or missed. */
export function PastDays({ centerId, today }: { centerId: string; today: string }) {
  const { t } = useTranslation('etiquetteDrills');
  const [from, setFrom] = useState(shiftDate(today, -7));
  const [to, setTo] = useState(shiftDate(today, -1));
  const days = useDrillDays(centerId, from, to);

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
      {days.isError && <QueryError error={days.error} onRetry={() => void days.refetch()} />}
      {days.isPending && <Spin style={{ display: 'block', margin: '24px auto' }} />}
      {days.data && days.data.days.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('past.empty')} />}
      {days.data?.days.map((day) => (
        <Card key={day.date} size="small" style={{ marginBottom: 12 }} title={<Typography.Text strong>{t('past.day', { date: day.date, done: day.counts.done, missed: day.counts.missed })}</Typography.Text>}>
          <SlotTable slots={day.slots} />
        </Card>
      ))}
    </>
  );
}
