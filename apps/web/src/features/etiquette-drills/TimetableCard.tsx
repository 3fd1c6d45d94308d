import { useState } from 'react';
import { Card, DatePicker, Empty, Flex, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../ui/QueryError';
import { useDrillTimetable, type DrillSlot } from './api';
import { SlotTable } from './SlotTable';
import { RecordDrillModal } from './RecordDrillModal';

/** One day's timetable of a sales center (today by default) with 记录完成 on the hour that can be recorded. */
export function TimetableCard({ centerId, date, onDate }: { centerId: string; date: string | undefined; onDate: (date: string | undefined) => void }) {
  const { t } = useTranslation('etiquetteDrills');
  const timetable = useDrillTimetable(centerId, date);
  const [recording, setRecording] = useState<DrillSlot | null>(null);
  const data = timetable.data;
  const isToday = !data || data.date === data.today;
  const shown = data?.date ?? date;

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('timetable.date')}</span>
          <DatePicker
            aria-label={t('timetable.date')}
            allowClear={false}
            value={shown ? dayjs(shown) : null}
            onChange={(day) => {
              const picked = day?.format('YYYY-MM-DD');
              onDate(picked && picked !== data?.today ? picked : undefined);
            }}
          />
        </Flex>
      }
      extra={data && data.slots.length > 0 && <Typography.Text type="secondary">{t('timetable.counts', data.counts)}</Typography.Text>}
    >
      {timetable.isError && <QueryError error={timetable.error} onRetry={() => void timetable.refetch()} />}
      {timetable.isPending && <Spin style={{ display: 'block', margin: '24px auto' }} />}
      {data && data.slots.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <>
              <div>{isToday ? t('timetable.emptyToday') : t('timetable.emptyDate', { date: data.date })}</div>
              <Typography.Text type="secondary">{t('timetable.emptyHint')}</Typography.Text>
            </>
          }
        />
      )}
      {data && data.slots.length > 0 && <SlotTable slots={data.slots} onRecord={setRecording} />}
      {data && recording && <RecordDrillModal timetable={data} slot={recording} onClose={() => setRecording(null)} />}
    </Card>
  );
}
