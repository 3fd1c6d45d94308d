import { DatePicker, Flex, Tag } from 'antd';
import dayjs from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { drillKeys, type SlotStatus } from './api';

const STATUS_COLOURS: Record<SlotStatus, string> = { upcoming: 'default', due: 'processing', done: 'success', missed: 'error' };

export function StatusTag({ status }: { status: SlotStatus }) {
  const { t } = useTranslation('etiquetteDrills');
  return <Tag color={STATUS_COLOURS[status]}>{t(`status.${status}`)}</Tag>;
}

/** Every etiquette-drill query again: a record or a setting changes the timetable, the days and the board. */
export function useRefreshDrills() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: drillKeys.all });
}

/** YYYY-MM-DD of a date n days from `date`. */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in Shanghai, the business calendar's day, until the server says otherwise. */
export function shanghaiToday(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** 日期范围: the from–to picker above the past days and the missed list. */
export function DateRangeBar({ from, to, onChange }: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  const { t } = useTranslation('etiquetteDrills');
  return (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
      <span>{t('past.range')}</span>
      <DatePicker.RangePicker
        aria-label={t('past.range')}
        placeholder={[t('settings.startDate'), t('settings.endDate')]}
        allowClear={false}
        value={[dayjs(from), dayjs(to)]}
        onChange={(range) => {
          if (range?.[0] && range[1]) onChange(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD'));
        }}
      />
    </Flex>
  );
}
