import { Alert, Checkbox, Col, DatePicker, Form, Input, Row, Select, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { servedOn, serviceTimeMarks } from '@guanjia/domain/service-catalog/service-hours';
import { useEarliestServiceDate, type ServiceItem } from './api';

interface BookingFieldsProps {
  form: FormInstance;
  item: ServiceItem | undefined;
  /** Managers may book inside the lead time (紧急加单) with a reason. */
  canOverride: boolean;
  /** The earliest date the server named when it refused the last attempt; it wins over ours. */
  refusedEarliest: string | null;
}

const DATE_FORMAT = 'YYYY-MM-DD';

/** Service date and time of an appointment: no date before the earliest one the working-day calendar allows. */
export function BookingFields({ form, item, canOverride, refusedEarliest }: BookingFieldsProps) {
  const { t } = useTranslation('workOrders');
  const override = Form.useWatch<boolean | undefined>('override', form) ?? false;
  const start = Form.useWatch<string | undefined>('serviceStart', form);
  const earliestQuery = useEarliestServiceDate(item ? item.leadWorkingDays : null);
  const earliest = refusedEarliest ?? earliestQuery.data?.date;
  const marks = item ? serviceTimeMarks(item.serviceHours) : [];

  // Read from the form, not the render: the validator runs right after the checkbox changes.
  const tooEarly = (date: string) => !form.getFieldValue('override') && earliest !== undefined && date < earliest;

  return (
    <>
      {earliest && (
        <Typography.Paragraph data-testid="earliest-date" style={{ marginBottom: 8 }}>
          <Typography.Text strong>{t('form.earliest', { date: earliest })}</Typography.Text>
        </Typography.Paragraph>
      )}
      {earliestQuery.data?.calendarComplete === false && (
        <Alert type="warning" showIcon title={t('form.calendarIncomplete')} style={{ marginBottom: 12 }} />
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('fields.serviceDate')}
            name="serviceDate"
            rules={[
              { required: true, message: t('form.dateRequired') },
              {
                validator: (_, value: Dayjs | undefined) =>
                  value && tooEarly(value.format(DATE_FORMAT))
                    ? Promise.reject(new Error(t('form.dateTooEarly', { date: earliest })))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker
              style={{ width: '100%' }}
              format={DATE_FORMAT}
              disabledDate={(current: Dayjs) => {
                const date = current.format(DATE_FORMAT);
                return tooEarly(date) || (item !== undefined && !servedOn(item.serviceHours, date));
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('fields.serviceStart')} name="serviceStart" rules={[{ required: true, message: t('form.startRequired') }]}>
            <Select options={marks.slice(0, -1).map((m) => ({ value: m, label: m }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            label={t('fields.serviceEnd')}
            name="serviceEnd"
            dependencies={['serviceStart']}
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  value && start && value <= start ? Promise.reject(new Error(t('form.endAfterStart'))) : Promise.resolve(),
              },
            ]}
          >
            <Select allowClear options={marks.filter((m) => !start || m > start).map((m) => ({ value: m, label: m }))} />
          </Form.Item>
        </Col>
      </Row>
      {canOverride && (
        <>
          <Form.Item name="override" valuePropName="checked" style={{ marginBottom: override ? 8 : undefined }}>
            <Checkbox onChange={() => void form.validateFields(['serviceDate']).catch(() => undefined)}>{t('form.override')}</Checkbox>
          </Form.Item>
          {override && (
            <Form.Item
              label={t('fields.leadOverrideReason')}
              name="leadOverrideReason"
              rules={[{ required: true, whitespace: true, message: t('form.overrideReasonRequired') }]}
            >
              <Input maxLength={500} />
            </Form.Item>
          )}
        </>
      )}
    </>
  );
}
