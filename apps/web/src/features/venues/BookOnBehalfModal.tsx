import { App, Checkbox, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../ui/FormModal';
import { HouseholdPicker } from '../work-orders/HouseholdPicker';
import { useBookVenue, type Venue, type VenueSlot } from './api';

interface BookForm {
  householdId: string;
  partySize: number;
  note?: string;
  override?: boolean;
  leadOverrideReason?: string;
}

interface BookOnBehalfModalProps {
  venue: Venue;
  projectId: string;
  date: string;
  slot: VenueSlot;
  canOverride: boolean;
  onClose: () => void;
}

/** A butler books a slot for a household (phone call or visit); the booking becomes a work order. */
export function BookOnBehalfModal({ venue, projectId, date, slot, canOverride, onClose }: BookOnBehalfModalProps) {
  const { t } = useTranslation('venues');
  const { message } = App.useApp();
  const book = useBookVenue(venue.id);
  const needsOverride = slot.status === 'tooEarly';

  async function submit(values: BookForm) {
    const result = await book.mutateAsync({
      date,
      start: slot.start,
      partySize: values.partySize,
      householdId: values.householdId,
      note: values.note?.trim() || undefined,
      leadOverrideReason: values.override ? values.leadOverrideReason?.trim() : undefined,
    });
    message.info(t('booked', { number: result.workOrder.number }));
  }

  return (
    <FormModal<BookForm>
      open
      title={t('bookTitle', { venue: venue.name, date, start: slot.start, end: slot.end })}
      initialValues={{ partySize: 1, override: needsOverride }}
      onClose={onClose}
      onSubmit={submit}
    >
      {(form) => (
        <>
          <Form.Item label={t('household')} name="householdId" rules={[{ required: true, message: t('householdRequired') }]}>
            <HouseholdPicker projectId={projectId} onPick={() => undefined} />
          </Form.Item>
          <Form.Item label={t('partySize')} name="partySize" rules={[{ required: true, message: t('partySizeRequired') }]}>
            <InputNumber min={1} max={venue.capacity} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label={t('note')} name="note">
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
          {canOverride && (
            <>
              <Form.Item name="override" valuePropName="checked">
                <Checkbox>{t('override')}</Checkbox>
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.override !== b.override}>
                {() =>
                  form.getFieldValue('override') && (
                    <Form.Item label={t('overrideReason')} name="leadOverrideReason" rules={[{ required: true, whitespace: true, message: t('overrideReasonRequired') }]}>
                      <Input maxLength={500} />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </>
          )}
        </>
      )}
    </FormModal>
  );
}
