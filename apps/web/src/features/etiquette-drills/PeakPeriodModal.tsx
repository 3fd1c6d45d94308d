import { useState } from 'react';
import { App, Checkbox, Col, DatePicker, Form, Modal, Row, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { errorMessage, reportFormError } from '../../ui/form-errors';
import { drillApi, type PeakPeriod, type PeakPeriodInput } from './api';
import { useRefreshDrills } from './parts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

interface PeriodValues {
  startDate: Dayjs;
  endDate: Dayjs;
  startTime: Dayjs;
  endTime: Dayjs;
  weekdays?: number[];
}

const time = (hhmm: string) => dayjs(hhmm, 'HH:mm');

/** Adds or edits a peak sales period; the server checks it and names the field that is wrong. */
export function PeakPeriodModal({ centerId, period, onClose }: { centerId: string; period: PeakPeriod | null; onClose: () => void }) {
  const { t } = useTranslation('etiquetteDrills');
  const { message } = App.useApp();
  const refresh = useRefreshDrills();
  const [form] = Form.useForm<PeriodValues>();
  const [saving, setSaving] = useState(false);
  const required = [{ required: true, message: t('settings.required') }];

  async function save(values: PeriodValues) {
    setSaving(true);
    try {
      const input: PeakPeriodInput = {
        startDate: values.startDate.format('YYYY-MM-DD'),
        endDate: values.endDate.format('YYYY-MM-DD'),
        startTime: values.startTime.format('HH:mm'),
        endTime: values.endTime.format('HH:mm'),
        weekdays: values.weekdays ?? [],
      };
      if (period) await drillApi.updatePeriod(period, input);
      else await drillApi.createPeriod(centerId, input);
      message.success(t('settings.saved'));
      await refresh();
      onClose();
    } catch (error) {
      if (isApiError(error, 409)) {
        message.warning(`${errorMessage(error)} ${t('refreshed')}`);
        await refresh();
        onClose();
      } else {
        reportFormError(form, error, message);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={period ? t('settings.editPeriod') : t('settings.addPeriod')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={
          period
            ? { startDate: dayjs(period.startDate), endDate: dayjs(period.endDate), startTime: time(period.startTime), endTime: time(period.endTime), weekdays: period.weekdays }
            : { startTime: time('10:00'), endTime: time('17:00'), weekdays: [] }
        }
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="startDate" label={t('settings.startDate')} rules={required}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="endDate" label={t('settings.endDate')} rules={required}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="startTime" label={t('settings.startTime')} rules={required}>
              <TimePicker format="HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="endTime" label={t('settings.endTime')} rules={required}>
              <TimePicker format="HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="weekdays" label={t('settings.weekdays')} extra={t('settings.weekdaysHint')}>
          <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
