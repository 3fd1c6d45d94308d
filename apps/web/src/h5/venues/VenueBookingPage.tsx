import { useEffect, useState } from 'react';
import { Button, Dialog, Empty, List, NoticeBar, Result, Selector, Stepper, TextArea, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { isApiError } from '../../ui/api';
import { errorMessage } from '../../ui/form-errors';
import { useBookVenue, useCancelVenueBooking, useVenueDay, useVenues, type BookingResult, type Venue, type VenueSlot } from '../../features/venues/api';
import { h5ServicePaths } from '../services/api';
import { DateInput } from '../services/DateInput';
import { PageError, PageLoading, ServicePage } from '../services/ServicePage';
import { useOwnerHouseholds } from '../services/useOwnerHouseholds';

const section = { background: '#fff', padding: '12px 16px', marginTop: 12 } as const;
const label = { fontSize: 13, color: 'var(--adm-color-weak)', marginBottom: 8 } as const;

/** 会所场地预订 on the owner's phone: pick a venue and a date, see the free slots, book one. */
export function VenueBookingPage() {
  const { t } = useTranslation('h5venues');
  const owner = useOwnerHouseholds();
  const venues = useVenues(owner.projectId);
  const [venueId, setVenueId] = useState<string>();
  const [done, setDone] = useState<{ result: BookingResult; venue: Venue } | null>(null);
  const list = venues.data ?? [];
  const venue = list.find((v) => v.id === venueId) ?? list[0];

  let body;
  if (owner.isPending || (owner.projectId && venues.isPending)) body = <PageLoading />;
  else if (!owner.projectId) body = <Empty style={{ paddingTop: 60 }} description={t('noHousehold')} />;
  else if (venues.isError) body = <PageError error={venues.error} retry={() => void venues.refetch()} />;
  else if (!venue) body = <Empty style={{ paddingTop: 60 }} description={t('noVenues')} />;
  else if (done) body = <Booked done={done} onAgain={() => setDone(null)} />;
  else
    body = (
      <>
        <div style={section}>
          <div style={label}>{t('venue')}</div>
          <Selector
            columns={2}
            value={[venue.id]}
            onChange={(v) => v[0] && setVenueId(v[0])}
            options={list.map((v) => ({ value: v.id, label: v.name }))}
          />
          <div style={{ fontSize: 13, color: 'var(--adm-color-text-secondary)', marginTop: 8 }} data-testid="venue-info">
            {t('venueInfo', { open: venue.openTime, close: venue.closeTime, minutes: venue.slotMinutes, capacity: venue.capacity })}
          </div>
        </div>
        <VenueDayForm key={venue.id} venue={venue} onBooked={(result) => setDone({ result, venue })} />
      </>
    );
  return (
    <ServicePage title={t('title')} back="/h5/">
      {body}
    </ServicePage>
  );
}

function VenueDayForm({ venue, onBooked }: { venue: Venue; onBooked: (result: BookingResult) => void }) {
  const { t } = useTranslation('h5venues');
  const owner = useOwnerHouseholds();
  const households = owner.households.filter((h) => h.projectId === venue.projectId);
  const [householdId, setHouseholdId] = useState<string | undefined>(households[0]?.id);
  const [date, setDate] = useState<string>();
  const [start, setStart] = useState<string>();
  const [partySize, setPartySize] = useState(1);
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const today = businessDate(new Date());
  const day = useVenueDay(venue.id, date ?? today);
  const book = useBookVenue(venue.id);
  const cancel = useCancelVenueBooking();
  const earliest = day.data?.earliestDate;

  // The page opens on the first date the lead time allows, once the server has named it.
  useEffect(() => {
    if (!date && earliest) setDate(earliest);
  }, [date, earliest]);

  function pickDate(next: string) {
    setDate(next);
    setStart(undefined);
    setRefusal(null);
  }
  function pickSlot(next: string | undefined) {
    setStart(next);
    setRefusal(null);
  }

  const shown = date ?? today;
  const slots = day.data?.date === shown ? day.data.slots : [];
  const mine = slots.filter((s) => s.booking?.mine);
  const statusText = (s: VenueSlot) => t(`status.${s.booking?.mine ? 'mine' : s.status}`);

  async function submit() {
    if (!start) {
      Toast.show({ content: t('pickSlot') });
      return;
    }
    try {
      const result = await book.mutateAsync({ date: shown, start, partySize, householdId, note: note.trim() || undefined });
      onBooked(result);
    } catch (error) {
      // A refused date moves to the earliest one the server named; a slot just taken is let go.
      const moveTo = isApiError(error) ? error.details?.earliestDate : undefined;
      if (typeof moveTo === 'string') setDate(moveTo);
      if (typeof moveTo === 'string' || isApiError(error, 409)) setStart(undefined);
      setRefusal(errorMessage(error));
    }
  }

  async function cancelBooking(slot: VenueSlot) {
    const ok = await Dialog.confirm({ content: t('cancelConfirm', { start: slot.start, end: slot.end }), confirmText: t('cancel'), cancelText: t('keep') });
    if (!ok || !slot.booking) return;
    try {
      await cancel.mutateAsync(slot.booking.id);
      Toast.show({ content: t('cancelled'), icon: 'success' });
    } catch (error) {
      Toast.show({ content: errorMessage(error), icon: 'fail' });
    }
  }

  return (
    <>
      {households.length > 1 && (
        <div style={section}>
          <div style={label}>{t('household')}</div>
          <Selector value={householdId ? [householdId] : []} onChange={(v) => setHouseholdId(v[0])} options={households.map((h) => ({ value: h.id, label: owner.label(h) }))} />
        </div>
      )}
      <div style={section}>
        <div style={label}>{t('date')}</div>
        <DateInput value={shown} min={today} onChange={(v) => v && pickDate(v)} aria-describedby="venue-earliest" />
        {earliest && (
          <div id="venue-earliest" data-testid="venue-earliest" style={{ fontSize: 13, color: 'var(--adm-color-text-secondary)', marginTop: 6 }}>
            {t('earliest', { date: earliest })}
          </div>
        )}
      </div>
      {earliest && shown < earliest && (
        <NoticeBar
          data-testid="too-early"
          color="alert"
          wrap
          content={t('tooEarly', { date: earliest })}
          extra={
            <Button size="mini" color="primary" fill="outline" onClick={() => pickDate(earliest)}>
              {t('goEarliest', { date: earliest })}
            </Button>
          }
        />
      )}
      {day.data?.calendarComplete === false && <NoticeBar color="info" wrap content={t('calendarIncomplete')} />}
      <div style={section}>
        <div style={label}>{t('slots')}</div>
        {day.isError && <PageError error={day.error} retry={() => void day.refetch()} />}
        {day.isSuccess && slots.length === 0 && <div>{t('noSlots')}</div>}
        <Selector
          columns={2}
          value={start ? [start] : []}
          onChange={(v) => pickSlot(v[0])}
          options={slots.map((s) => ({ value: s.start, label: `${s.start}–${s.end}`, description: statusText(s), disabled: s.status !== 'free' }))}
        />
      </div>
      <List style={{ marginTop: 12 }}>
        <List.Item extra={<Stepper min={1} max={venue.capacity} value={partySize} onChange={setPartySize} />}>{t('partySize')}</List.Item>
        <List.Item>
          <TextArea placeholder={t('notePlaceholder')} maxLength={500} rows={2} value={note} onChange={setNote} aria-label={t('note')} />
        </List.Item>
      </List>
      <div style={{ padding: 16 }}>
        {refusal && (
          <div role="alert" style={{ color: 'var(--adm-color-danger)', marginBottom: 8 }}>
            {refusal}
          </div>
        )}
        <Button block color="primary" size="large" loading={book.isPending} disabled={!start} onClick={() => void submit()}>
          {t('submit')}
        </Button>
      </div>
      {mine.length > 0 && (
        <List header={t('myBookings')}>
          {mine.map((s) => (
            <List.Item
              key={s.start}
              description={s.booking?.workOrderNumber}
              extra={
                <Button size="small" color="danger" fill="outline" onClick={() => void cancelBooking(s)}>
                  {t('cancel')}
                </Button>
              }
            >
              {`${shown} ${s.start}–${s.end}`}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}

function Booked({ done, onAgain }: { done: { result: BookingResult; venue: Venue }; onAgain: () => void }) {
  const { t } = useTranslation('h5venues');
  const navigate = useNavigate();
  const { booking, workOrder } = done.result;
  return (
    <div style={{ background: '#fff', paddingBottom: 16 }}>
      <Result
        status="success"
        title={t('successTitle')}
        description={
          <>
            <div>{t('successBody', { venue: done.venue.name, date: booking.date, start: booking.start, end: booking.end })}</div>
            <div data-testid="work-order-number" style={{ marginTop: 6, fontWeight: 600 }}>
              {t('workOrderNumber', { number: workOrder.number })}
            </div>
          </>
        }
      />
      <div style={{ display: 'flex', gap: 12, padding: '0 16px' }}>
        <Button block color="primary" onClick={() => navigate(h5ServicePaths.order(workOrder.id))}>
          {t('viewOrder')}
        </Button>
        <Button block onClick={onAgain}>
          {t('bookAnother')}
        </Button>
      </div>
    </div>
  );
}
