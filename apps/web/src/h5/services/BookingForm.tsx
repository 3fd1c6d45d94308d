import { useEffect, useMemo, useState } from 'react';
import { Button, Form, ImageUploader, NoticeBar, Selector, Switch, TextArea, Toast, type ImageUploadItem } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { serviceWindows } from '@guanjia/domain/service-catalog/service-hours';
import { isoWeekday } from '@guanjia/domain/shared/wall-clock';
import type { Household } from '../../features/org/api';
import { earliestDateFromError } from '../../features/work-orders/lead-time-error';
import { isApiError } from '../../ui/api';
import { uploadPhoto } from '../../ui/files';
import { errorMessage } from '../../ui/form-errors';
import { h5ServicePaths, useCreateWorkOrder, useEarliestServiceDate, type ServiceItem, type WorkOrderKind } from './api';
import { parseSlot, slotValue } from './booking-slots';
import { DateInput } from './DateInput';
import { serviceHoursLabel } from './labels';

const MAX_PHOTOS = 6;
const DATE = /\d{4}-\d{2}-\d{2}/;

interface BookingFormProps {
  item: ServiceItem;
  /** booking: a date and a time window; request: what is wanted; repair: a fault reported now. */
  mode: Extract<WorkOrderKind, 'booking' | 'request' | 'repair'>;
  households: Household[];
  householdLabel: (h: Household) => string;
  projectId: string | undefined;
}

interface Values {
  householdId?: string[];
  serviceDate?: string;
  slot?: string[];
  description?: string;
  emergency?: boolean;
}

export function BookingForm({ item, mode, households, householdLabel, projectId }: BookingFormProps) {
  const { t } = useTranslation('h5services');
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [now] = useState(() => new Date());
  const [photos, setPhotos] = useState<ImageUploadItem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  // The server's answer wins over ours: after a refusal the earliest date is the one it named.
  const [refusedEarliest, setRefusedEarliest] = useState<string | null>(null);
  // Only an appointment carries a date and window; a request or fault report is handled within its SLA.
  const scheduled = mode === 'booking';
  const earliestQuery = useEarliestServiceDate(scheduled ? item.leadWorkingDays : undefined, now);
  const earliest = refusedEarliest ?? earliestQuery.data?.date;
  const serviceDate = Form.useWatch('serviceDate', form);
  const slots = useMemo(() => (serviceDate ? serviceWindows(item.serviceHours, serviceDate, now) : []), [item.serviceHours, serviceDate, now]);
  const create = useCreateWorkOrder();
  const repair = mode === 'repair';

  useEffect(() => {
    if (earliestQuery.data && !form.getFieldValue('serviceDate')) form.setFieldValue('serviceDate', earliestQuery.data.date);
  }, [earliestQuery.data, form]);

  useEffect(() => {
    // A window chosen for another date may not exist on this one.
    const chosen = form.getFieldValue('slot') as string[] | undefined;
    if (chosen?.[0] && !slots.some((s) => slotValue(s) === chosen[0])) form.setFieldValue('slot', []);
  }, [slots, form]);

  async function upload(file: File): Promise<ImageUploadItem> {
    try {
      const stored = await uploadPhoto(projectId, file);
      return { key: stored.id, url: stored.url, extra: { id: stored.id } };
    } catch (error) {
      Toast.show({ content: errorMessage(error), icon: 'fail' });
      throw error;
    }
  }

  function showRefusal(error: unknown) {
    if (!isApiError(error) || !error.fields) {
      setFormError(errorMessage(error));
      return;
    }
    const fields: { name: string; errors: string[]; value?: unknown }[] = [];
    const rest: string[] = [];
    for (const [key, why] of Object.entries(error.fields)) {
      if (key === 'serviceDate') {
        const moveTo = earliestDateFromError(error);
        if (moveTo) setRefusedEarliest(moveTo);
        // Show the sentence that names the earliest date, wherever the server put it.
        const text = DATE.test(why) || !DATE.test(error.message) ? why : error.message;
        fields.push({ name: 'serviceDate', errors: [text], ...(moveTo ? { value: moveTo } : {}) });
      } else if (key === 'serviceStart' || key === 'serviceEnd') fields.push({ name: 'slot', errors: [why] });
      else if (key === 'description' || key === 'householdId') fields.push({ name: key, errors: [why] });
      else rest.push(why);
    }
    form.setFields(fields);
    if (rest.length > 0 || fields.length === 0) setFormError(rest.length > 0 ? rest.join('；') : errorMessage(error));
  }

  async function submit(values: Values) {
    setFormError(null);
    const slot = parseSlot(values.slot?.[0]);
    const householdId = values.householdId?.[0] ?? households[0]?.id;
    if (!householdId) return;
    try {
      const order = await create.mutateAsync({
        projectId: households.find((h) => h.id === householdId)?.projectId ?? projectId ?? '',
        householdId,
        kind: mode,
        serviceItemId: item.id,
        ...(scheduled ? { serviceDate: values.serviceDate, serviceStart: slot?.start, serviceEnd: slot?.end } : {}),
        description: values.description?.trim() || undefined,
        ...(repair ? { emergency: Boolean(values.emergency) } : {}),
        photoIds: photos.map((p) => (p.extra as { id: string }).id),
      });
      navigate(h5ServicePaths.submitted(order.id), { state: { order } });
    } catch (error) {
      showRefusal(error);
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMarkStyle="none"
      {...({ noValidate: true } as object)}
      onFinish={(values: Values) => void submit(values)}
      initialValues={{ householdId: households[0] ? [households[0].id] : [], emergency: false }}
      footer={
        <Button block type="submit" color="primary" size="large" loading={create.isPending} disabled={households.length === 0}>
          {repair ? t('submitReport') : item.bookable ? t('submitBooking') : t('submitRequest')}
        </Button>
      }
    >
      {formError && (
        <Form.Header>
          <div role="alert" style={{ color: 'var(--adm-color-danger)' }}>
            {formError}
          </div>
        </Form.Header>
      )}
      {households.length > 1 && (
        <Form.Item name="householdId" label={t('chooseHousehold')} rules={[{ required: true }]}>
          <Selector columns={1} options={households.map((h) => ({ label: householdLabel(h), value: h.id }))} />
        </Form.Item>
      )}
      {scheduled && (
        <Form.Item
          name="serviceDate"
          label={t('serviceDate')}
          rules={[{ required: true, message: t('serviceDateRequired') }]}
          extra={serviceDate && /^\d{4}-\d{2}-\d{2}$/.test(serviceDate) ? <span data-testid="service-weekday">{t(`common:weekdays.${isoWeekday(serviceDate)}`)}</span> : null}
          description={
            <div data-testid="earliest-date">
              {earliest && <div>{t('earliest', { date: earliest })}</div>}
              {earliestQuery.data?.calendarComplete === false && (
                <div style={{ color: 'var(--adm-color-warning)' }} data-testid="calendar-incomplete">
                  {t('calendarIncomplete')}
                </div>
              )}
            </div>
          }
        >
          <DateInput min={earliest} />
        </Form.Item>
      )}
      {scheduled && (
        <Form.Item
          name="slot"
          label={t('timeSlot')}
          rules={[{ required: true, type: 'array', min: 1, message: t('timeSlotRequired') }]}
          description={
            <>
              <div>{serviceHoursLabel(t, item.serviceHours)}</div>
              {serviceDate && slots.length === 0 && <div style={{ color: 'var(--adm-color-warning)' }}>{t('noSlots')}</div>}
            </>
          }
        >
          <Selector
            columns={3}
            style={{ '--padding': '6px 4px' }}
            options={slots.map((s) => ({ label: `${s.start}–${s.end}`, value: slotValue(s) }))}
          />
        </Form.Item>
      )}
      {repair && (
        <Form.Header>
          <NoticeBar content={t('reportNote')} color="info" wrap />
        </Form.Header>
      )}
      {repair && (
        <Form.Item name="emergency" label={t('emergency')} valuePropName="checked" description={t('emergencyHint')} layout="horizontal" childElementPosition="right">
          <Switch />
        </Form.Item>
      )}
      <Form.Item
        name="description"
        label={repair ? t('faultDescription') : t('description')}
        rules={scheduled ? [] : [{ required: true, whitespace: true, message: repair ? t('faultRequired') : t('requestRequired') }]}
      >
        <TextArea
          placeholder={repair ? t('faultPlaceholder') : scheduled ? t('descriptionPlaceholder') : t('requestPlaceholder')}
          rows={3}
          maxLength={500}
          showCount
        />
      </Form.Item>
      <Form.Item label={t('photos')} description={t('photosHint', { max: MAX_PHOTOS })}>
        <ImageUploader value={photos} onChange={setPhotos} upload={upload} maxCount={MAX_PHOTOS} accept="image/jpeg,image/png,image/webp" />
      </Form.Item>
    </Form>
  );
}
