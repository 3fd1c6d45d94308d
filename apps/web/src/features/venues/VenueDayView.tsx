import { useState } from 'react';
import { Alert, App, Button, DatePicker, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { ACCOUNTABILITY_MANAGER_ROLES, WORK_ORDER_DESK_ROLES } from '@guanjia/domain/work-orders/work-order-flow';
import { useAuth } from '../../ui/auth';
import { errorMessage } from '../../ui/form-errors';
import { QueryError } from '../../ui/QueryError';
import { useCancelVenueBooking, useVenueDay, type SlotStatus, type Venue, type VenueSlot } from './api';
import { BookOnBehalfModal } from './BookOnBehalfModal';

const DATE_FORMAT = 'YYYY-MM-DD';
const STATUS_COLORS: Record<SlotStatus, string> = { free: 'green', booked: 'blue', past: 'default', tooEarly: 'orange' };

interface VenueDayViewProps {
  venues: Venue[];
  venue: Venue;
  projectId: string;
  onVenueChange: (id: string) => void;
}

/** One venue's slots on one date, with the household and work order behind every booking. */
export function VenueDayView({ venues, venue, projectId, onVenueChange }: VenueDayViewProps) {
  const { t } = useTranslation('venues');
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const [date, setDate] = useState(() => businessDate(new Date()));
  const [booking, setBooking] = useState<VenueSlot | null>(null);
  const day = useVenueDay(venue.id, date);
  const cancel = useCancelVenueBooking();
  // The work-order desk books and cancels on an owner's behalf; managers may book inside the lead time.
  const isDesk = hasRole(...WORK_ORDER_DESK_ROLES);
  const canBook = isDesk && venue.enabled;
  const canOverride = hasRole(...ACCOUNTABILITY_MANAGER_ROLES);

  async function cancelBooking(bookingId: string) {
    try {
      await cancel.mutateAsync(bookingId);
      message.success(t('cancelled'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const bookable = (s: VenueSlot) => s.status === 'free' || (s.status === 'tooEarly' && canOverride);

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }} align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('dayView')}
        </Typography.Title>
        <Select
          aria-label={t('venue')}
          value={venue.id}
          onChange={onVenueChange}
          options={venues.map((v) => ({ value: v.id, label: v.name }))}
          style={{ minWidth: 180 }}
        />
        <DatePicker
          aria-label={t('date')}
          allowClear={false}
          format={DATE_FORMAT}
          value={dayjs(date, DATE_FORMAT)}
          onChange={(value: Dayjs | null) => value && setDate(value.format(DATE_FORMAT))}
        />
      </Space>
      {day.data && (
        <Typography.Paragraph type="secondary" data-testid="earliest-date">
          {t('earliest', { date: day.data.earliestDate })}
        </Typography.Paragraph>
      )}
      {day.data?.calendarComplete === false && <Alert type="warning" showIcon title={t('calendarIncomplete')} style={{ marginBottom: 12 }} />}
      {day.isError && <QueryError error={day.error} onRetry={() => void day.refetch()} />}
      <Table<VenueSlot>
        rowKey="start"
        size="small"
        dataSource={day.data?.slots ?? []}
        loading={day.isFetching}
        pagination={false}
        columns={[
          { title: t('slot'), key: 'slot', render: (_, s) => `${s.start}–${s.end}` },
          { title: t('common:fields.status'), dataIndex: 'status', render: (st: SlotStatus) => <Tag color={STATUS_COLORS[st]}>{t(`status.${st}`)}</Tag> },
          { title: t('household'), key: 'household', render: (_, s) => s.booking?.householdLabel ?? '' },
          { title: t('workOrder'), key: 'workOrder', render: (_, s) => s.booking?.workOrderNumber ?? '' },
          { title: t('partySize'), key: 'partySize', render: (_, s) => s.booking?.partySize ?? '' },
          {
            title: t('actions'),
            key: 'actions',
            render: (_, s) => (
              <>
                {canBook && bookable(s) && (
                  <Button type="link" onClick={() => setBooking(s)}>
                    {t('book')}
                  </Button>
                )}
                {isDesk && s.booking && (
                  <Popconfirm title={t('cancelConfirm')} onConfirm={() => cancelBooking(s.booking!.id)} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')}>
                    <Button type="link" danger>
                      {t('cancel')}
                    </Button>
                  </Popconfirm>
                )}
              </>
            ),
          },
        ]}
      />
      {booking && (
        <BookOnBehalfModal
          venue={venue}
          projectId={projectId}
          date={date}
          slot={booking}
          canOverride={canOverride}
          onClose={() => setBooking(null)}
        />
      )}
    </>
  );
}
